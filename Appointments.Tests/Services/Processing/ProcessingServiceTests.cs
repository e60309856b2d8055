using Appointments.Domain.Booking;
using Appointments.Domain.Documents;
using Appointments.Domain.Hall;
using Appointments.Domain.Processing;
using Appointments.Tests.TestSupport;
using Appointments.Web.Services.Documents;
using Appointments.Web.Services.Hall;
using Appointments.Web.Services.Processing;
using Microsoft.EntityFrameworkCore;
using static Appointments.Tests.TestSupport.ProcessingHelpers;

namespace Appointments.Tests.Services.Processing;

public class ProcessingServiceTests : IAsyncLifetime
{
    private TestPortal _portal = null!;

    public async Task InitializeAsync() => _portal = await TestPortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private ProcessingService Processing => _portal.Get<ProcessingService>();
    private DocumentService Documents => _portal.Get<DocumentService>();

    [Fact]
    public async Task Checking_in_opens_todays_booking_as_a_batch_of_one_matter_per_declared_volume()
    {
        var visitId = await _portal.CheckedInBatchAsync(("NEW-HIRE", 45), ("RETIRE", 12));

        var batch = await Processing.GetBatchAsync(visitId, _portal.Actor("xh.clerk"));

        Assert.Equal(57, batch!.Matters.Count);
        Assert.All(batch.Matters, m => Assert.Equal(MatterState.Pending, m.State));
        Assert.Equal(Enumerable.Range(1, 12), batch.Matters.Where(m => m.NameZh == "退休").Select(m => m.Seq));
        await using var db = _portal.Db();
        Assert.Equal(BookingStatus.CheckedIn, (await db.Bookings.SingleAsync()).Status);
        var again = await Processing.CheckInAsync(HallHelpers.XuhuiCard1, _portal.Actor("xh.clerk"));
        Assert.Equal(visitId, again.Value.VisitId);
        Assert.Equal(ArrivalKind.Late, again.Value.Arrival.Kind);
    }

    [Fact]
    public async Task A_unit_without_a_booking_today_is_refused_and_sent_to_the_hall()
    {
        var result = await Processing.CheckInAsync(HallHelpers.XuhuiCard2, _portal.Actor("xh.clerk"));

        Assert.Equal("CheckIn.NoBooking", result.Refusal?.Code);
    }

    [Fact]
    public async Task A_five_hundred_matter_batch_is_recorded_in_one_action()
    {
        var visitId = await _portal.CheckedInBatchAsync(("NEW-HIRE", 500));
        var matters = await _portal.MattersAsync(visitId);

        var result = await Processing.RecordAsync(Outcome(visitId, matters, MatterAction.Complete), _portal.Actor("xh.clerk"));

        Assert.Equal(500, result.Value);
        var after = await _portal.MattersAsync(visitId);
        Assert.All(after, m => Assert.Equal((MatterState.Completed, 1, "孙伟（窗口）"), (m.State, m.Version, m.DecidedByName)));
        await using var db = _portal.Db();
        Assert.Equal(500, await db.MatterEvents.CountAsync(e => e.What == "Complete"));
    }

    [Fact]
    public async Task Of_two_clerks_racing_on_one_matter_the_second_is_told_it_changed_and_nothing_of_theirs_is_recorded()
    {
        var visitId = await _portal.CheckedInBatchAsync(("NEW-HIRE", 40));
        var seen = (await _portal.MattersAsync(visitId)).Take(1).ToList();

        var results = await Task.WhenAll(
            Task.Run(() => _portal.Get<ProcessingService>().RecordAsync(Outcome(visitId, seen, MatterAction.Complete), _portal.Actor("xh.clerk"))),
            Task.Run(() => _portal.Get<ProcessingService>().RecordAsync(Outcome(visitId, seen, MatterAction.Refuse, reason: "不符合政策"), _portal.Actor("xh.clerk"))));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("Matter.Changed", Assert.Single(results, r => !r.Succeeded).Refusal!.Code);
        var matter = (await _portal.MattersAsync(visitId)).First();
        Assert.Equal(1, matter.Version);
        await using var db = _portal.Db();
        Assert.Equal(1, await db.MatterEvents.CountAsync(e => e.MatterId == matter.Id));
    }

    [Fact]
    public async Task Missing_materials_must_come_from_the_types_list()
    {
        var visitId = await _portal.CheckedInBatchAsync(("NEW-HIRE", 40));
        var matters = (await _portal.MattersAsync(visitId)).Take(2);

        var result = await Processing.RecordAsync(Outcome(visitId, matters, MatterAction.MarkIncomplete, ["户口本"]), _portal.Actor("xh.clerk"));

        Assert.Equal("Matter.MissingNotListed", result.Refusal?.Code);
    }

    [Fact]
    public async Task Documents_are_issued_per_outcome_with_a_pickup_date_in_working_days_and_are_signed_once()
    {
        var visitId = await _portal.CheckedInBatchAsync(("NEW-HIRE", 40), ("RETIRE", 3));
        var clerk = _portal.Actor("xh.clerk");
        var hires = await _portal.MattersAsync(visitId, "NEW-HIRE");
        await Processing.RecordAsync(Outcome(visitId, hires.Take(30), MatterAction.Complete), clerk);
        await Processing.RecordAsync(Outcome(visitId, hires.Skip(30).Take(5), MatterAction.MarkIncomplete, ["劳动合同"]), clerk);
        await Processing.RecordAsync(Outcome(visitId, hires.Skip(35), MatterAction.Refuse, reason: "不符合政策"), clerk);
        await Processing.RecordAsync(Outcome(visitId, await _portal.MattersAsync(visitId, "RETIRE"), MatterAction.AcceptForReview), clerk);

        var issued = (await Documents.IssueAsync(visitId, clerk)).Value;
        var again = (await Documents.IssueAsync(visitId, clerk)).Value;

        Assert.Equal([DocumentKind.AssessmentForm, DocumentKind.AcceptanceReceipt, DocumentKind.ProcessingNotice], issued.Select(d => d.Kind).Order());
        Assert.Empty(again);
        var receipt = issued.Single(d => d.Kind == DocumentKind.AcceptanceReceipt);
        Assert.Equal("HZXH202612040001", receipt.Number);
        Assert.Equal(new DateOnly(2026, 12, 18), receipt.PickupDate);
        Assert.Equal(30, issued.Single(d => d.Kind == DocumentKind.AssessmentForm).Lines.Count);
        Assert.All(issued.Single(d => d.Kind == DocumentKind.ProcessingNotice).Lines, l => Assert.Equal("劳动合同", l.Detail));

        Assert.True((await Documents.SignAsync(receipt.Number, "王芳", clerk)).Succeeded);
        Assert.Equal("Document.AlreadySigned", (await Documents.SignAsync(receipt.Number, "李强", clerk)).Refusal?.Code);
        await Documents.RecordPrintAsync(receipt.Number, clerk);
        await Documents.RecordPrintAsync(receipt.Number, clerk);
        var printed = await Documents.GetAsync(receipt.Number, clerk);
        Assert.True(printed!.Value.Document.IsReprint);
        Assert.Equal("王芳", printed.Value.Document.SignedByHandler);
        Assert.NotNull(await Documents.GetAsync(receipt.Number, _portal.Actor("xh.hr")));
        Assert.Null(await Documents.GetAsync(receipt.Number, _portal.Actor("xh.hr2")));
    }

    [Fact]
    public async Task A_later_hall_visit_resumes_the_incomplete_matters_from_the_processing_notice_and_completes_them()
    {
        var visitId = await _portal.CheckedInBatchAsync(("NEW-HIRE", 40));
        var clerk = _portal.Actor("xh.clerk");
        var incomplete = (await _portal.MattersAsync(visitId)).Take(4).ToList();
        await Processing.RecordAsync(Outcome(visitId, incomplete, MatterAction.MarkIncomplete, ["劳动合同", "新进人员名单"]), clerk);
        var notice = (await Documents.IssueAsync(visitId, clerk)).Value.Single();

        // The handler comes back a week later with the materials and the notice, at a hall window.
        _portal.Clock.Advance(TimeSpan.FromDays(7));
        var hall = _portal.Get<HallService>();
        await _portal.IssueAsync(HallHelpers.XuhuiCard1, ("TRANSFER-IN", 1));
        var (windowId, windowClerk) = (await _portal.OpenWindowsAsync(Appointments.Domain.Catalog.CounterPosition.SettlementChanges, 1)).Single();
        var ticket = (await hall.CallNextAsync(windowId, windowClerk)).Value;
        await hall.ActAsync(ticket.Id, ticket.Version, TicketAction.Serve, windowClerk);
        var laterVisit = (await Processing.OpenHallVisitAsync(ticket.Id, windowClerk)).Value;

        var resumed = await Processing.ResumeAsync(laterVisit, notice.Number, windowClerk);
        var batch = await Processing.GetBatchAsync(laterVisit, windowClerk, ticket.Id);
        var back = batch!.Matters.Where(m => m.State == MatterState.Incomplete).ToList();
        var elsewhere = await Processing.RecordAsync(Outcome(laterVisit, back, MatterAction.Complete), _portal.Actor("xh.clerk"));
        await Processing.RecordAsync(Outcome(laterVisit, back, MatterAction.Complete, ticketId: ticket.Id), windowClerk);
        var form = (await Documents.IssueAsync(laterVisit, windowClerk)).Value;

        Assert.Equal("Ticket.NotServing", elsewhere.Refusal?.Code);
        Assert.Equal(4, resumed.Value);
        Assert.Equal(["劳动合同", "新进人员名单"], back[0].MissingList);
        Assert.Equal(incomplete.Select(m => m.Id).Order(), form.Single(d => d.Kind == DocumentKind.AssessmentForm).Lines.Select(l => l.MatterId).Order());
        Assert.Equal("Matter.NothingToResume", (await Processing.ResumeAsync(laterVisit, notice.Number, windowClerk)).Refusal?.Code);
    }

    [Fact]
    public async Task Unit_hr_follow_their_matters_by_state_with_documents()
    {
        var visitId = await _portal.CheckedInBatchAsync(("RETIRE", 12));
        var clerk = _portal.Actor("xh.clerk");
        await Processing.RecordAsync(Outcome(visitId, await _portal.MattersAsync(visitId), MatterAction.AcceptForReview), clerk);
        var receipt = (await Documents.IssueAsync(visitId, clerk)).Value.Single();

        var summary = await Processing.SummaryForUnitAsync(_portal.Actor("xh.hr"));

        var row = Assert.Single(summary);
        Assert.Equal(("退休", MatterState.AcceptedForReview, 12, receipt.Number), (row.Type, row.State, row.Count, row.Documents));
        Assert.Empty(await Processing.SummaryForUnitAsync(_portal.Actor("xh.hr2")));
    }

    [Fact]
    public async Task A_window_records_only_the_matters_its_position_handles()
    {
        var hall = _portal.Get<HallService>();
        var issued = await hall.IssueAsync(_portal.Visit(HallHelpers.XuhuiCard1, ("NEW-HIRE", 2), ("MATERNITY", 1)), _portal.Actor("xh.desk"));
        Assert.Equal(2, issued.Value.Count);
        var (windowId, clerk) = (await _portal.OpenWindowsAsync(Appointments.Domain.Catalog.CounterPosition.SettlementChanges, 1)).Single();
        var ticket = (await hall.CallNextAsync(windowId, clerk)).Value;
        await hall.ActAsync(ticket.Id, ticket.Version, TicketAction.Serve, clerk);
        var visitId = (await Processing.OpenHallVisitAsync(ticket.Id, clerk)).Value;
        var all = await _portal.MattersAsync(visitId);

        var benefit = await Processing.RecordAsync(Outcome(visitId, all.Where(m => m.NameZh == "生育保险支付"), MatterAction.AcceptForReview, ticketId: ticket.Id), clerk);
        var own = await Processing.RecordAsync(Outcome(visitId, all.Where(m => m.NameZh == "新进"), MatterAction.Complete, ticketId: ticket.Id), clerk);

        Assert.Equal("Matter.OtherPosition", benefit.Refusal?.Code);
        Assert.True(own.Succeeded, own.Message);
    }
}
