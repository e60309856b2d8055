using System.Text.RegularExpressions;
using Appointments.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Appointments.Tests.Browser;

/// <summary>Whole journeys in Debian's headless Chromium against the real app on a loopback port.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BookingJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private PortalServer _server = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        if (BrowserFixture.SkipReason is not null)
        {
            return;
        }

        _server = new PortalServer();
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "zh-CN" });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (BrowserFixture.SkipReason is not null)
        {
            return;
        }

        await _context.DisposeAsync();
        await _server.DisposeAsync();
    }

    [SkippableFact]
    public async Task Unit_hr_books_a_batch_above_the_threshold_sees_it_listed_and_the_confirmation_mail_exists()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var url = _server.BaseUrl;

        await _page.SignInAsync(url, "xh.hr", "/booking/new");
        await _page.FillVolumeAsync("NEW-HIRE", 45);

        await Expect(_page.GetByTestId("verdict")).ToContainTextAsync("新进 45 人，达到本区预约阈值 30");
        await _page.ShotAsync("booking-new-desktop");
        await _page.Locator("[data-testid=slot]:not([disabled])").First.ClickAsync();
        await _page.GetByTestId("book").ClickAsync();

        await _page.WaitForURLAsync(new Regex(@"/booking/YY\d{6}-[A-Z0-9]{6}\?booked=1$"));
        var reference = (await _page.GetByTestId("reference").InnerTextAsync()).Trim();
        await Expect(_page.GetByTestId("booked")).ToContainTextAsync(reference);
        await _page.ShotAsync("booking-detail-desktop");

        await _page.GotoInteractiveAsync($"{url}/booking");
        await Expect(_page.GetByTestId("booking-list")).ToContainTextAsync(reference);

        var mail = await WaitForMailAsync(reference);
        Assert.Contains("wangfang@xh-tech.example", mail);

        // Another unit's HR officer opening the address is told it does not exist.
        await using var other = await browser.Browser.NewContextAsync();
        var otherPage = await other.NewPageAsync();
        await otherPage.SignInAsync(url, "xh.hr2", $"/booking/{reference}");
        await Expect(otherPage.GetByTestId("booking-not-found")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Front_desk_books_a_phone_request_for_another_unit()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await _page.SignInAsync(_server.BaseUrl, "xh.desk", "/frontdesk/phone-booking");
        await _page.GetByTestId("unit-search").FillAsync("310104000002");
        await _page.GetByTestId("unit-search-go").ClickAsync();
        await Expect(_page.GetByTestId("chosen-unit")).ToContainTextAsync("上海徐汇示例贸易有限公司");
        await _page.FillVolumeAsync("BACK-PAY", 35);
        await Expect(_page.GetByTestId("verdict")).ToContainTextAsync("补缴 35 人，达到本区预约阈值 30");
        await _page.Locator("[data-testid=slot]:not([disabled])").Nth(1).ClickAsync();
        await _page.ShotAsync("phone-booking-desktop");
        await _page.GetByTestId("book").ClickAsync();

        await _page.WaitForURLAsync(new Regex(@"/booking/YY\d{6}-[A-Z0-9]{6}\?booked=1$"));
        await Expect(_page.Locator(".mud-main-content")).ToContainTextAsync("电话预约");
        await Expect(_page.Locator(".mud-main-content")).ToContainTextAsync("赵敏（服务总台）");
    }

    [SkippableFact]
    public async Task A_batch_below_every_threshold_is_told_to_come_to_the_hall()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await _page.SignInAsync(_server.BaseUrl, "xh.hr2", "/booking/new");
        await _page.FillVolumeAsync("NEW-HIRE", 5);
        await _page.FillVolumeAsync("TRANSFER-IN", 3);

        await Expect(_page.GetByTestId("verdict")).ToContainTextAsync("未达到本区任何预约阈值：请到结算服务大厅柜台办理");
        await Expect(_page.GetByTestId("verdict")).ToContainTextAsync("合计 8 件，未达到本区预约阈值 100");
        await Expect(_page.GetByTestId("slot")).ToHaveCountAsync(0);
        await Expect(_page.GetByTestId("book")).ToBeDisabledAsync();
        await _page.ShotAsync("booking-below-threshold");
    }

    [SkippableFact]
    public async Task A_negative_volume_is_refused_in_the_form()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await _page.SignInAsync(_server.BaseUrl, "xh.hr", "/booking/new");
        await _page.FillVolumeAsync("NEW-HIRE", -4);

        await Expect(_page.GetByTestId("declaration-errors")).ToContainTextAsync("业务量必须是不小于 0 的整数");
        await Expect(_page.GetByTestId("book")).ToBeDisabledAsync();
    }

    private async Task<string> WaitForMailAsync(string reference)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Directory.Exists(_server.MailFolder))
            {
                foreach (var file in Directory.GetFiles(_server.MailFolder, "*.eml"))
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

        throw new Xunit.Sdk.XunitException($"No mail for {reference} in {_server.MailFolder}");
    }
}
