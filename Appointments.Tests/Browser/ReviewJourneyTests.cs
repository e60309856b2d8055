using System.Text.RegularExpressions;
using Appointments.Tests.TestSupport;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Appointments.Tests.Browser;

/// <summary>A review matter from acceptance to withdrawal, each step by its own person in its own browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private async Task<IPage> SignedInAsync(string user, string path)
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Server.BaseUrl, user, path);
        return page;
    }

    [SkippableFact]
    public async Task Accepted_approved_at_level_two_approved_differently_at_level_three_and_handed_over_at_the_business_section()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        await Server.BookTodayAsync(("RETIRE", 10), ("SPECIAL-02", 1));

        // The clerk accepts the batch for review and issues the acceptance receipt.
        var clerk = await SignedInAsync("xh.clerk", "/reservation-room");
        await clerk.GetByTestId("room-card").FillAsync(HallHelpers.XuhuiCard1);
        await clerk.GetByTestId("room-card").PressAsync("Enter");
        await clerk.WaitForURLAsync(new Regex(@"/processing/\d+"));
        await clerk.GetByTestId("select-all").CheckAsync();
        await clerk.GetByTestId("outcome-AcceptForReview").ClickAsync();
        await Expect(clerk.GetByTestId("batch-message")).ToContainTextAsync("已记录 11 件");
        await clerk.GetByTestId("issue-documents").ClickAsync();
        var receipt = Regex.Match(await clerk.GetByTestId("document-link").InnerTextAsync(), @"HZXH\d{12}").Value;
        Assert.NotEmpty(receipt);

        // Level 2 approves everything: retirements are final, the special matter goes up to level 3.
        var level2 = await SignedInAsync("xh.review2", "/review");
        await level2.GetByTestId("receipt-list").GetByText(receipt).ClickAsync();
        await level2.WaitForURLAsync($"**/review/{receipt}");
        await level2.GetByTestId("select-mine").ClickAsync();
        await level2.GetByTestId("decide-Approve").ClickAsync();
        await Expect(level2.GetByTestId("review-message")).ToContainTextAsync("已审核 11 件");

        var level3 = await SignedInAsync("xh.review3", $"/review/{receipt}");
        await level3.GetByTestId("select-mine").ClickAsync();
        await level3.GetByTestId("review-detail").FillAsync("核定补缴 8 个月");
        await level3.GetByTestId("decide-ApproveDifferent").ClickAsync();
        await Expect(level3.GetByTestId("review-message")).ToContainTextAsync("请到业务管理科办理");
        await level3.ShotAsync("review-level3");

        // The business management section issues the 核定表, records the signature and withdraws the receipt.
        var section = await SignedInAsync("xh.business", "/pickup");
        await section.GetByTestId("pickup-number").FillAsync(receipt);
        await section.GetByTestId("pickup-find").ClickAsync();
        await Expect(section.GetByTestId("pickup-route")).ToContainTextAsync("请到业务管理科办理");
        await section.GetByTestId("hand-over").ClickAsync();
        var form = Regex.Match(await section.GetByTestId("answer").InnerTextAsync(), @"HDXH\d{12}").Value;
        await section.GotoInteractiveAsync($"{Server.BaseUrl}/documents/{form}");
        await Expect(section.GetByTestId("document-copy").First).ToContainTextAsync("核定补缴 8 个月");
        await section.GetByTestId("handler-name").FillAsync("王芳");
        await section.GetByTestId("sign").ClickAsync();
        await Expect(section.GetByTestId("signature")).ToContainTextAsync("王芳 已于");
        await section.GotoInteractiveAsync($"{Server.BaseUrl}/pickup");
        await section.GetByTestId("pickup-number").FillAsync(receipt);
        await section.GetByTestId("pickup-find").ClickAsync();
        await section.GetByTestId("withdraw").ClickAsync();
        await Expect(section.GetByTestId("pickup-message")).ToContainTextAsync("回执已收回");
        await Expect(section.GetByTestId("pickup-route")).ToContainTextAsync("已办结");
        await section.ShotAsync("pickup-withdrawn");

        var mail = await WaitForMailAsync(receipt);
        Assert.Contains("业务管理科", mail.TextBody);
        Assert.Equal("wangfang@xh-tech.example", mail.To.Mailboxes.Single().Address);
    }

    private async Task<MimeMessage> WaitForMailAsync(string receipt)
    {
        for (var i = 0; i < 100; i++)
        {
            foreach (var file in Directory.Exists(Server.MailFolder) ? Directory.GetFiles(Server.MailFolder, "*.eml") : [])
            {
                var mail = await MimeMessage.LoadAsync(file);
                if (mail.Subject?.Contains(receipt, StringComparison.Ordinal) == true)
                {
                    return mail;
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No mail about {receipt}");
    }
}
