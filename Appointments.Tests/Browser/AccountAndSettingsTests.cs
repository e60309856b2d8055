using Appointments.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Appointments.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccountAndSettingsTests(BrowserFixture browser) : BrowserTest(browser)
{
    [SkippableFact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        await Page.GotoAsync($"{Server.BaseUrl}/account/login");

        for (var i = 0; i < 5; i++)
        {
            await Page.FillAsync("#username", "xh.hr2");
            await Page.FillAsync("#password", "not-the-password-at-all");
            await Page.ClickAsync("button[type=submit]");
            await Expect(Page.Locator(".account-error")).ToBeVisibleAsync();
        }

        await Page.FillAsync("#username", "xh.hr2");
        await Page.FillAsync("#password", Demo.Password);
        await Page.ClickAsync("button[type=submit]");

        await Expect(Page.Locator(".account-error")).ToContainTextAsync("账户已被暂时锁定");
    }

    [SkippableFact]
    public async Task The_portal_opens_in_chinese_and_switches_to_english()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await Page.SignInAsync(Server.BaseUrl, "xh.hr", "/booking/new");
        await Expect(Page.Locator("h4")).ToHaveTextAsync("预约办事");

        // Forget this page's circuit mark, so the wait below is for the reloaded page's own circuit.
        await Page.EvaluateAsync("() => document.body.removeAttribute('data-circuit')");
        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Page.WaitForURLAsync("**/booking/new");
        await Page.WaitForCircuitAsync();

        await Expect(Page.Locator("h4")).ToHaveTextAsync("Book a session");
        await Page.FillVolumeAsync("NEW-HIRE", 5);
        await Expect(Page.GetByTestId("verdict")).ToContainTextAsync("Below every threshold: please come to the hall counter");
    }

    [SkippableFact]
    public async Task A_district_admin_changes_a_threshold_and_the_change_is_kept_with_who_and_when()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await Page.SignInAsync(Server.BaseUrl, "xh.admin", "/admin/thresholds");
        await Page.GetByTestId("threshold-NewHire").FillAsync("0");
        await Page.GetByTestId("save-thresholds").ClickAsync();
        await Expect(Page.GetByTestId("threshold-error")).ToContainTextAsync("阈值必须是不小于 1 的整数");
        await Expect(Page.GetByTestId("threshold-history").Locator("tbody tr")).ToHaveCountAsync(1);

        await Page.GetByTestId("threshold-NewHire").FillAsync("40");
        await Page.GetByTestId("save-thresholds").ClickAsync();

        var rows = Page.GetByTestId("threshold-history").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("钱军（区管理员）");
        await Expect(rows.First).ToContainTextAsync("40");
        await Page.ShotAsync("admin-thresholds");

        await Page.GotoInteractiveAsync($"{Server.BaseUrl}/admin/calendar");
        await Page.ShotAsync("admin-calendar");
    }
}
