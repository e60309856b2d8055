using System.Text.RegularExpressions;
using Appointments.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Appointments.Tests.Browser;

/// <summary>Whole journeys in Debian's headless Chromium against the real app on a loopback port.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BookingJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [SkippableFact]
    public async Task Unit_hr_books_a_batch_above_the_threshold_sees_it_listed_and_the_confirmation_mail_exists()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var url = Server.BaseUrl;

        await Page.SignInAsync(url, "xh.hr", "/booking/new");
        await Page.FillVolumeAsync("NEW-HIRE", 45);

        await Expect(Page.GetByTestId("verdict")).ToContainTextAsync("新进 45 人，达到本区预约阈值 30");
        await Page.ShotAsync("booking-new-desktop");
        await Page.Locator("[data-testid=slot]:not([disabled])").First.ClickAsync();
        await Page.GetByTestId("book").ClickAsync();

        await Page.WaitForURLAsync(new Regex(@"/booking/YY\d{6}-[A-Z0-9]{6}\?booked=1$"));
        var reference = (await Page.GetByTestId("reference").InnerTextAsync()).Trim();
        await Expect(Page.GetByTestId("booked")).ToContainTextAsync(reference);
        await Page.ShotAsync("booking-detail-desktop");

        await Page.GotoInteractiveAsync($"{url}/booking");
        await Expect(Page.GetByTestId("booking-list")).ToContainTextAsync(reference);

        var mail = await WaitForMailAsync(reference);
        Assert.Contains("wangfang@xh-tech.example", mail);

        // Another unit's HR officer opening the address is told it does not exist.
        var otherPage = await NewPageAsync();
        await otherPage.SignInAsync(url, "xh.hr2", $"/booking/{reference}");
        await Expect(otherPage.GetByTestId("booking-not-found")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Front_desk_books_a_phone_request_for_another_unit()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await Page.SignInAsync(Server.BaseUrl, "xh.desk", "/frontdesk/phone-booking");
        await Page.GetByTestId("unit-search").FillAsync("310104000002");
        await Page.GetByTestId("unit-search-go").ClickAsync();
        await Expect(Page.GetByTestId("chosen-unit")).ToContainTextAsync("上海徐汇示例贸易有限公司");
        await Page.FillVolumeAsync("BACK-PAY", 35);
        await Expect(Page.GetByTestId("verdict")).ToContainTextAsync("补缴 35 人，达到本区预约阈值 30");
        await Page.Locator("[data-testid=slot]:not([disabled])").Nth(1).ClickAsync();
        await Page.ShotAsync("phone-booking-desktop");
        await Page.GetByTestId("book").ClickAsync();

        await Page.WaitForURLAsync(new Regex(@"/booking/YY\d{6}-[A-Z0-9]{6}\?booked=1$"));
        await Expect(Page.Locator(".mud-main-content")).ToContainTextAsync("电话预约");
        await Expect(Page.Locator(".mud-main-content")).ToContainTextAsync("赵敏（服务总台）");
    }

    [SkippableFact]
    public async Task A_batch_below_every_threshold_is_told_to_come_to_the_hall()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await Page.SignInAsync(Server.BaseUrl, "xh.hr2", "/booking/new");
        await Page.FillVolumeAsync("NEW-HIRE", 5);
        await Page.FillVolumeAsync("TRANSFER-IN", 3);

        await Expect(Page.GetByTestId("verdict")).ToContainTextAsync("未达到本区任何预约阈值：请到结算服务大厅柜台办理");
        await Expect(Page.GetByTestId("verdict")).ToContainTextAsync("合计 8 件，未达到本区预约阈值 100");
        await Expect(Page.GetByTestId("slot")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("book")).ToBeDisabledAsync();
        await Page.ShotAsync("booking-below-threshold");
    }

    [SkippableFact]
    public async Task A_negative_volume_is_refused_in_the_form()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await Page.SignInAsync(Server.BaseUrl, "xh.hr", "/booking/new");
        await Page.FillVolumeAsync("NEW-HIRE", -4);

        await Expect(Page.GetByTestId("declaration-errors")).ToContainTextAsync("业务量必须是不小于 0 的整数");
        await Expect(Page.GetByTestId("book")).ToBeDisabledAsync();
    }

    private async Task<string> WaitForMailAsync(string reference)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Directory.Exists(Server.MailFolder))
            {
                foreach (var file in Directory.GetFiles(Server.MailFolder, "*.eml"))
                {
                    var mail = await MimeKit.MimeMessage.LoadAsync(file);
                    if (mail.Subject?.Contains(reference, StringComparison.Ordinal) == true)
                    {
                        return string.Join(",", mail.To.Mailboxes.Select(m => m.Address));
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No mail for {reference} in {Server.MailFolder}");
    }
}
