using System.Diagnostics;
using Appointments.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Appointments.Tests.Browser;

/// <summary>The hall with three people at once: the front desk, a window clerk and the public display.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HallJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [SkippableFact]
    public async Task The_front_desk_issues_a_ticket_a_window_calls_it_and_the_display_shows_it_within_a_second()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var url = Server.BaseUrl;

        var display = await NewPageAsync();
        await display.GotoInteractiveAsync($"{url}/display/XH");
        await Expect(display.GetByTestId("display-waiting-SettlementChanges")).ToContainTextAsync("等候 0 人");

        var desk = await NewPageAsync();
        await desk.SignInAsync(url, "xh.desk", "/frontdesk/triage");
        await desk.GetByTestId("card-input").FillAsync(HallHelpers.XuhuiCard2);
        await desk.GetByTestId("card-input").PressAsync("Enter");
        await Expect(desk.GetByTestId("card-identity")).ToContainTextAsync("上海徐汇示例贸易有限公司");
        await desk.FillVolumeAsync("NEW-HIRE", 3);
        await Expect(desk.GetByTestId("triage-route")).ToContainTextAsync("结算变更岗位");
        await desk.GetByTestId("issue").ClickAsync();
        await Expect(desk.GetByTestId("ticket-code")).ToHaveTextAsync("A001");
        await Expect(desk.GetByTestId("ticket-ahead")).ToContainTextAsync("前面还有 0 人");
        await desk.ShotAsync("triage-ticket");
        // The display learns of the new ticket by push.
        await Expect(display.GetByTestId("display-waiting-SettlementChanges")).ToContainTextAsync("等候 1 人");

        var clerk = await NewPageAsync();
        await clerk.SignInAsync(url, "xh.clerk", "/window");
        await clerk.Locator(".mud-select").First.ClickAsync();
        await clerk.Locator(".mud-popover-open .mud-list-item", new() { HasText = "1号窗口" }).ClickAsync();
        await clerk.GetByTestId("window-open").ClickAsync();
        await Expect(clerk.GetByTestId("window-waiting")).ToContainTextAsync("等候 1 人");

        var watch = Stopwatch.StartNew();
        await clerk.GetByTestId("call-next").ClickAsync();
        await Expect(display.GetByTestId("display-call").First).ToContainTextAsync("A001", new() { Timeout = 5000 });
        watch.Stop();

        Assert.True(watch.ElapsedMilliseconds < 1000, $"the display showed the call after {watch.ElapsedMilliseconds} ms");
        await Expect(display.GetByTestId("display-call").First).ToContainTextAsync("1号窗口");
        await Expect(clerk.GetByTestId("current-code")).ToHaveTextAsync("A001");
        await clerk.GetByTestId("act-Serve").ClickAsync();
        await Expect(clerk.GetByTestId("current-ticket")).ToContainTextAsync("办理中");
        await display.ShotAsync("display");
        await clerk.ShotAsync("window");
    }

    [SkippableFact]
    public async Task A_card_not_enabled_is_refused_at_the_front_desk_and_enabled_by_lodging_the_letter()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var desk = await NewPageAsync();
        await desk.SignInAsync(Server.BaseUrl, "xh.desk", "/frontdesk/triage");

        await desk.GetByTestId("card-input").FillAsync(HallHelpers.NotEnabledCard);
        await desk.GetByTestId("card-input").PressAsync("Enter");
        await Expect(desk.GetByTestId("card-refusal")).ToContainTextAsync("尚未开通持卡办事");

        await desk.GotoInteractiveAsync($"{Server.BaseUrl}/frontdesk/cards");
        await desk.GetByTestId("cards-unit-search").FillAsync("310104000003");
        await desk.GetByTestId("cards-unit-search-go").ClickAsync();
        await desk.GetByTestId("cards-unit-result").ClickAsync();
        await Expect(desk.GetByTestId("letter-card")).ToHaveValueAsync(HallHelpers.NotEnabledCard);
        await desk.GetByTestId("letter-representative").FillAsync("张总");
        foreach (var box in new[] { "letter-signed", "letter-sealed", "letter-returned", "letter-kept" })
        {
            await desk.GetByTestId(box).ClickAsync();
        }

        await desk.ShotAsync("cards-enable");
        await desk.GetByTestId("letter-enable").ClickAsync();
        await Expect(desk.GetByTestId("cards-table")).ToContainTextAsync("已开通");

        await desk.GotoInteractiveAsync($"{Server.BaseUrl}/frontdesk/triage");
        await desk.GetByTestId("card-input").FillAsync(HallHelpers.NotEnabledCard);
        await desk.GetByTestId("card-input").PressAsync("Enter");
        await Expect(desk.GetByTestId("card-identity")).ToContainTextAsync("上海徐汇示例物业管理有限公司");
    }
}
