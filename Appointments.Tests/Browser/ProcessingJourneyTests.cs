using System.Text.RegularExpressions;
using Appointments.Tests.TestSupport;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Appointments.Tests.Browser;

/// <summary>A booked unit checked in at the reservation room, its batch processed with all four
/// outcomes, and each document printed to PDF through Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProcessingJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private async Task FilterAsync(string select, string option)
    {
        await Page.GetByTestId(select).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
    }

    private ILocator Rows => Page.GetByTestId("matter-row");

    [SkippableFact]
    public async Task A_clerk_checks_a_booked_unit_in_processes_all_four_outcomes_and_prints_each_document()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        await Server.BookTodayAsync(("NEW-HIRE", 40), ("RETIRE", 3));

        await Page.SignInAsync(Server.BaseUrl, "xh.clerk", "/reservation-room");
        await Page.GetByTestId("room-card").FillAsync(HallHelpers.XuhuiCard1);
        await Page.GetByTestId("room-card").PressAsync("Enter");
        await Page.WaitForURLAsync(new Regex(@"/processing/\d+"));
        await Expect(Page.GetByTestId("batch-holder")).ToContainTextAsync("上海徐汇示例科技有限公司");
        await Expect(Page.GetByTestId("count-Pending")).ToContainTextAsync("43");

        // Retirements need review: accept all three.
        await FilterAsync("filter-type", "退休");
        await Expect(Rows).ToHaveCountAsync(3);
        await Page.GetByTestId("select-all").CheckAsync();
        await Page.GetByTestId("outcome-AcceptForReview").ClickAsync();
        await Expect(Page.GetByTestId("batch-message")).ToContainTextAsync("已记录 3 件");

        // New hires: one refused, one incomplete, the rest completed on the spot.
        await FilterAsync("filter-type", "新进");
        await Rows.Nth(0).Locator("input[type=checkbox]").CheckAsync();
        await Page.GetByTestId("refusal-reason").FillAsync("不符合新进参保条件");
        await Page.GetByTestId("outcome-Refuse").ClickAsync();
        await Expect(Page.GetByTestId("batch-message")).ToContainTextAsync("已记录 1 件");
        await Rows.Nth(1).Locator("input[type=checkbox]").CheckAsync();
        await Page.GetByTestId("materials").GetByText("劳动合同").ClickAsync();
        await Page.GetByTestId("outcome-MarkIncomplete").ClickAsync();
        await Expect(Page.GetByTestId("batch-message")).ToContainTextAsync("已记录 1 件");
        await FilterAsync("filter-state", "待办理");
        await Expect(Page.GetByTestId("selected-count")).ToContainTextAsync("显示 38");
        await Page.GetByTestId("select-all").CheckAsync();
        await Page.GetByTestId("outcome-Complete").ClickAsync();
        await Expect(Page.GetByTestId("batch-message")).ToContainTextAsync("已记录 38 件");
        await Expect(Page.GetByTestId("count-Completed")).ToContainTextAsync("38");
        await Page.ShotAsync("processing-batch");

        await Page.GetByTestId("issue-documents").ClickAsync();
        await Expect(Page.GetByTestId("document-link")).ToHaveCountAsync(3);
        var numbers = (await Page.GetByTestId("document-link").Locator("a").AllInnerTextsAsync())
            .Select(t => Regex.Match(t, @"(HD|HZ|TS)XH\d{12}").Value).ToList();
        Assert.Equal(3, numbers.Distinct().Count());

        foreach (var (number, expected) in numbers.Select(n => (n, n[..2] switch { "HD" => "新进", "HZ" => "退休", _ => "劳动合同" })))
        {
            await Page.GotoInteractiveAsync($"{Server.BaseUrl}/documents/{number}");
            await Expect(Page.GetByTestId("document-copy")).ToHaveCountAsync(2);
            await Page.GetByTestId("handler-name").FillAsync("王芳");
            await Page.GetByTestId("sign").ClickAsync();
            await Expect(Page.GetByTestId("signature")).ToContainTextAsync("王芳 已于");
            await Page.ShotAsync($"document-{number[..2]}");
            var pdf = await Page.PdfAsync(new() { Format = "A4", PrintBackground = true,
                Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"document-{number[..2]}.pdf") });
            var text = PdfText(pdf);

            Assert.Contains(number, text);
            Assert.Contains(expected, text);
            Assert.Contains("单位留存", text);
            Assert.Contains("中心留存", text);
            Assert.Contains("社保结算专用章", text);
        }
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        // Glyph order can split words across runs; compare without spaces.
        return string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "");
    }
}
