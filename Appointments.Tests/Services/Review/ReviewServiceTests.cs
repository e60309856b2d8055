using Appointments.Domain.Documents;
using Appointments.Domain.Processing;
using Appointments.Domain.Review;
using Appointments.Tests.TestSupport;
using Appointments.Web.Notifications;
using Appointments.Web.Services.Documents;
using Appointments.Web.Services.Review;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Tests.Services.Review;

public class ReviewServiceTests : IAsyncLifetime
{
    private TestPortal _portal = null!;

    public async Task InitializeAsync() => _portal = await TestPortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private ReviewService Review => _portal.Get<ReviewService>();

    [Fact]
    public async Task The_level_two_inbox_lists_pending_receipts_oldest_first_and_marks_those_overdue()
    {
        var receipt = await _portal.ReceiptAsync(("RETIRE", 12));
        _portal.Clock.Advance(TimeSpan.FromDays(20));

        var inbox = await Review.InboxAsync(_portal.Actor("xh.review2"));

        var item = Assert.Single(inbox);
        Assert.Equal((receipt.Number, 12, true), (item.Number, item.Pending, item.Overdue));
        Assert.Empty(await Review.InboxAsync(_portal.Actor("xh.review3")));
        var (levels, _) = await Review.BacklogAsync(_portal.Actor("xh.admin"));
        Assert.Equal((1, 12, 1), (levels[0].Receipts, levels[0].Matters, levels[0].Overdue));
        Assert.Equal(0, (await Review.BacklogAsync(_portal.Actor("ja.admin"))).Levels[0].Receipts);
    }

    [Fact]
    public async Task Of_two_reviewers_deciding_one_receipt_at_once_one_decision_stands_and_the_other_is_told()
    {
        var receipt = await _portal.ReceiptAsync(("RETIRE", 12));
        var seen = (await Review.GetAsync(receipt.Number, _portal.Actor("xh.review2")))!.Matters
            .Select(m => new MatterVersion(m.Id, m.Version)).ToList();

        var results = await Task.WhenAll(
            Task.Run(() => _portal.Get<ReviewService>().DecideAsync(receipt.Number, seen, ReviewAction.Approve, null, _portal.Actor("xh.review2"))),
            Task.Run(() => _portal.Get<ReviewService>().DecideAsync(receipt.Number, seen, ReviewAction.Reject, "材料不符", _portal.OtherReviewer(2))));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("Review.Changed", Assert.Single(results, r => !r.Succeeded).Refusal!.Code);
        await using var db = _portal.Db();
        Assert.Equal(12, await db.ReviewDecisions.CountAsync());
        Assert.Single((await db.Matters.Select(m => m.State).ToListAsync()).Distinct());
    }

    [Fact]
    public async Task Nobody_decides_one_receipt_at_two_levels()
    {
        var receipt = await _portal.ReceiptAsync(("RETIRE", 10), ("SPECIAL-02", 1));
        var twoLevels = _portal.Actor("xh.review2");
        await _portal.DecideAllAsync(receipt.Number, "xh.review2", ReviewAction.Approve);

        var same = twoLevels with { ReviewLevel = 3 };
        var pending = (await Review.GetAsync(receipt.Number, same))!.Matters.Where(m => m.PendingLevel == 3).Select(m => new MatterVersion(m.Id, m.Version)).ToList();

        Assert.Equal("Review.TwoLevels", (await Review.DecideAsync(receipt.Number, pending, ReviewAction.Approve, null, same)).Refusal?.Code);
    }

    [Fact]
    public async Task All_approved_as_declared_is_collected_at_the_service_point_from_the_pickup_date_and_the_receipt_withdrawn()
    {
        var receipt = await _portal.ReceiptAsync(("RETIRE", 12));
        var route = await _portal.DecideAllAsync(receipt.Number, "xh.review2", ReviewAction.Approve);
        var desk = _portal.Actor("xh.desk");

        var early = await Review.HandOverAsync(receipt.Number, desk);
        var atSection = await Review.HandOverAsync(receipt.Number, _portal.Actor("xh.business"));
        _portal.Clock.Advance(TimeSpan.FromDays(14));
        var handed = await Review.HandOverAsync(receipt.Number, desk);
        var notSigned = await Review.WithdrawAsync(receipt.Number, desk);
        var form = handed.Value.Single();
        await _portal.Get<DocumentService>().SignAsync(form.Number, "王芳", desk);
        var withdrawn = await Review.WithdrawAsync(receipt.Number, desk);

        Assert.Equal(ReceiptRoute.ServicePoint, route);
        Assert.Equal("Review.TooEarly", early.Refusal?.Code);
        Assert.Contains("2026-12-18", early.Message);
        Assert.Equal("Review.GoToServicePoint", atSection.Refusal?.Code);
        Assert.Equal(DocumentKind.AssessmentForm, form.Kind);
        Assert.Equal(12, form.Lines.Count);
        Assert.Equal("Review.NotHandedOver", notSigned.Refusal?.Code);
        Assert.True(withdrawn.Succeeded, withdrawn.Message);
        Assert.Equal("Review.Withdrawn", (await Review.HandOverAsync(receipt.Number, desk)).Refusal?.Code);
        Assert.Equal("Review.Withdrawn", (await Review.WithdrawAsync(receipt.Number, desk)).Refusal?.Code);
        await using var db = _portal.Db();
        Assert.All(await db.Matters.ToListAsync(), m => Assert.Equal(MatterState.Collected, m.State));
    }

    [Fact]
    public async Task A_three_level_matter_approved_differently_goes_to_the_business_section_which_prints_the_result_as_decided()
    {
        var receipt = await _portal.ReceiptAsync(("RETIRE", 10), ("SPECIAL-02", 1));
        await _portal.DecideAllAsync(receipt.Number, "xh.review2", ReviewAction.Approve);
        var route = await _portal.DecideAllAsync(receipt.Number, "xh.review3", ReviewAction.ApproveDifferent, "核定补缴 8 个月");
        var section = _portal.Actor("xh.business");

        var handed = (await Review.HandOverAsync(receipt.Number, section)).Value;

        Assert.Equal(ReceiptRoute.BusinessSection, route);
        var form = Assert.Single(handed);
        Assert.Equal(11, form.Lines.Count);
        Assert.Equal("核定补缴 8 个月", form.Lines.Single(l => l.NameZh.StartsWith("特殊")).Detail);
        Assert.Equal("Review.GoToBusinessSection", (await Review.HandOverAsync(receipt.Number, _portal.Actor("xh.desk"))).Refusal?.Code);
    }

    [Fact]
    public async Task A_mixed_receipt_gets_a_form_for_the_approved_and_a_notification_letter_for_the_rejected_with_materials_returned()
    {
        var receipt = await _portal.ReceiptAsync(("RETIRE", 12));
        await _portal.DecideAllAsync(receipt.Number, "xh.review2", ReviewAction.Reject, "未达到退休年龄", m => m.Seq <= 2);
        await _portal.DecideAllAsync(receipt.Number, "xh.review2", ReviewAction.Approve);
        var section = _portal.Actor("xh.business");

        var handed = (await Review.HandOverAsync(receipt.Number, section)).Value;
        var letter = handed.Single(d => d.Kind == DocumentKind.RejectionNotice);
        foreach (var d in handed)
        {
            await _portal.Get<DocumentService>().SignAsync(d.Number, "王芳", section);
        }

        var beforeReturn = await Review.WithdrawAsync(receipt.Number, section);
        await Review.ReturnMaterialsAsync(letter.Number, section);
        var withdrawn = await Review.WithdrawAsync(receipt.Number, section);

        Assert.Equal(10, handed.Single(d => d.Kind == DocumentKind.AssessmentForm).Lines.Count);
        Assert.All(letter.Lines, l => Assert.Equal("未达到退休年龄", l.Detail));
        Assert.StartsWith("GZXH", letter.Number);
        Assert.Equal("Review.NotHandedOver", beforeReturn.Refusal?.Code);
        Assert.True(withdrawn.Succeeded, withdrawn.Message);
    }

    [Fact]
    public async Task When_the_result_is_final_the_units_contact_is_mailed_where_to_go_through_smtp()
    {
        using var smtp = SmtpSink.Start();
        await using var portal = await TestPortal.StartAsync(new Dictionary<string, string?> { ["Mail:SmtpHost"] = "127.0.0.1", ["Mail:SmtpPort"] = smtp.Port.ToString() });
        var receipt = await portal.ReceiptAsync(("RETIRE", 12));
        await portal.DecideAllAsync(receipt.Number, "xh.review2", ReviewAction.Reject, "未达到退休年龄", m => m.Seq == 1);
        await portal.DecideAllAsync(receipt.Number, "xh.review2", ReviewAction.Approve);

        await portal.Get<OutboxSender>().SendDueAsync(CancellationToken.None);

        var mail = smtp.Received.Single(m => m.Subject!.Contains(receipt.Number));
        Assert.Equal("wangfang@xh-tech.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("业务管理科", mail.TextBody);
        Assert.Contains("业务受理回执", mail.TextBody);
        Assert.Contains("未达到退休年龄", mail.TextBody);
    }

    [Fact]
    public async Task Unit_hr_see_each_receipts_state()
    {
        var receipt = await _portal.ReceiptAsync(("RETIRE", 12));
        await _portal.DecideAllAsync(receipt.Number, "xh.review2", ReviewAction.Approve);

        var mine = await Review.ForUnitAsync(_portal.Actor("xh.hr"));

        Assert.Equal((receipt.Number, ReceiptRoute.ServicePoint), (mine.Single().Receipt.Number, mine.Single().Route));
        Assert.Empty(await Review.ForUnitAsync(_portal.Actor("xh.hr2")));
    }
}
