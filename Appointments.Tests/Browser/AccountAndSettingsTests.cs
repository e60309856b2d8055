using Appointments.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Appointments.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccountAndSettingsTests(BrowserFixture browser) : IAsyncLifetime
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
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
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
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        await _page.GotoAsync($"{_server.BaseUrl}/account/login");

        for (var i = 0; i < 5; i++)
        {
            await _page.FillAsync("#username", "xh.hr2");
            await _page.FillAsync("#password", "not-the-password-at-all");
            await _page.ClickAsync("button[type=submit]");
            await Expect(_page.Locator(".account-error")).ToBeVisibleAsync();
        }

        await _page.FillAsync("#username", "xh.hr2");
        await _page.FillAsync("#password", Demo.Password);
        await _page.ClickAsync("button[type=submit]");

        await Expect(_page.Locator(".account-error")).ToContainTextAsync("账户已被暂时锁定");
    }

    [SkippableFact]
    public async Task The_portal_opens_in_chinese_and_switches_to_english()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await _page.SignInAsync(_server.BaseUrl, "xh.hr", "/booking/new");
        await Expect(_page.Locator("h4")).ToHaveTextAsync("预约办事");

        // Forget this page's circuit mark, so the wait below is for the reloaded page's own circuit.
        await _page.EvaluateAsync("() => document.body.removeAttribute('data-circuit')");
        await _page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await _page.WaitForURLAsync("**/booking/new");
        await _page.WaitForCircuitAsync();

        await Expect(_page.Locator("h4")).ToHaveTextAsync("Book a session");
        await _page.FillVolumeAsync("NEW-HIRE", 5);
        await Expect(_page.GetByTestId("verdict")).ToContainTextAsync("Below every threshold: please come to the hall counter");
    }

    [SkippableFact]
    public async Task A_district_admin_changes_a_threshold_and_the_change_is_kept_with_who_and_when()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);

        await _page.SignInAsync(_server.BaseUrl, "xh.admin", "/admin/thresholds");
        await _page.GetByTestId("threshold-NewHire").FillAsync("0");
        await _page.GetByTestId("save-thresholds").ClickAsync();
        await Expect(_page.GetByTestId("threshold-error")).ToContainTextAsync("阈值必须是不小于 1 的整数");
        await Expect(_page.GetByTestId("threshold-history").Locator("tbody tr")).ToHaveCountAsync(1);

        await _page.GetByTestId("threshold-NewHire").FillAsync("40");
        await _page.GetByTestId("save-thresholds").ClickAsync();

        var rows = _page.GetByTestId("threshold-history").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("钱军（区管理员）");
        await Expect(rows.First).ToContainTextAsync("40");
        await _page.ShotAsync("admin-thresholds");

        await _page.GotoInteractiveAsync($"{_server.BaseUrl}/admin/calendar");
        await _page.ShotAsync("admin-calendar");
    }
}
