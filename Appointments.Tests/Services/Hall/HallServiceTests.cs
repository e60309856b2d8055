using Appointments.Domain.Catalog;
using Appointments.Domain.Hall;
using Appointments.Tests.TestSupport;
using Appointments.Web.Services.Hall;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Tests.Services.Hall;

public class HallServiceTests : IAsyncLifetime
{
    private TestPortal _portal = null!;

    public async Task InitializeAsync() => _portal = await TestPortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private HallService Hall => _portal.Get<HallService>();

    [Fact]
    public async Task A_ticket_shows_its_position_and_how_many_wait_ahead()
    {
        await _portal.IssueAsync(HallHelpers.XuhuiCard1, ("NEW-HIRE", 3));

        var second = await _portal.IssueAsync(HallHelpers.XuhuiCard2, ("ADJUST", 2));

        Assert.Equal(("A002", CounterPosition.SettlementChanges, 1), (second.Code, second.Position, second.WaitingAhead));
    }

    [Fact]
    public async Task A_visit_with_a_special_matter_gets_one_special_ticket_and_a_mixed_general_visit_one_per_position()
    {
        var special = await Hall.IssueAsync(_portal.Visit(HallHelpers.XuhuiCard1, ("NEW-HIRE", 2), ("SPECIAL-01", 1)), _portal.Actor("xh.desk"));
        var mixed = await Hall.IssueAsync(_portal.Visit(HallHelpers.XuhuiCard2, ("NEW-HIRE", 2), ("MATERNITY", 1)), _portal.Actor("xh.desk"));

        Assert.Equal(["C001"], special.Value.Select(t => t.Code));
        Assert.Equal(["A001", "B001"], mixed.Value.Select(t => t.Code));
    }

    [Fact]
    public async Task A_unit_whose_batch_reaches_a_threshold_is_refused_a_ticket_and_told_to_book()
    {
        var result = await Hall.IssueAsync(_portal.Visit(HallHelpers.XuhuiCard1, ("NEW-HIRE", 30)), _portal.Actor("xh.desk"));

        Assert.Equal("Hall.MustBook", result.Refusal?.Code);
        await using var db = _portal.Db();
        Assert.False(await db.Tickets.AnyAsync());
        Assert.False(await db.Visits.AnyAsync());
    }

    [Theory]
    [InlineData(HallHelpers.NotEnabledCard, "Card.NotEnabled")]
    [InlineData(HallHelpers.SuspendedCard, "Card.Suspended")]
    [InlineData(HallHelpers.ReplacedCard, "Card.Replaced")]
    [InlineData("6222999999999999", "Card.Unknown")]
    [InlineData("12345", "Card.Malformed")]
    [InlineData("6222000000000005", "Card.Unknown")] // a Jing'an card at a Xuhui desk
    public async Task A_card_that_cannot_be_used_is_refused_and_nothing_is_issued(string card, string code)
    {
        var result = await Hall.IssueAsync(_portal.Visit(card, ("NEW-HIRE", 2)), _portal.Actor("xh.desk"));

        Assert.Equal(code, result.Refusal?.Code);
        await using var db = _portal.Db();
        Assert.False(await db.Tickets.AnyAsync());
    }

    [Fact]
    public async Task An_individual_represented_by_someone_else_needs_both_the_power_of_attorney_and_the_agents_card()
    {
        var visit = _portal.Visit(HallHelpers.PersonCard, ("MATERNITY", 1));

        var without = await Hall.IssueAsync(visit with { AgentCardNumber = "T87654321" }, _portal.Actor("xh.desk"));
        var with = await Hall.IssueAsync(visit with { AgentCardNumber = "T87654321", PowerOfAttorney = true }, _portal.Actor("xh.desk"));

        Assert.Equal("Hall.AgentNeedsBoth", without.Refusal?.Code);
        Assert.True(with.Succeeded, with.Message);
        await using var db = _portal.Db();
        var recorded = await db.Visits.SingleAsync();
        Assert.Equal(("T87654321", true), (recorded.AgentCardNumber, recorded.PowerOfAttorney));
    }

    [Fact]
    public async Task Windows_call_first_come_first_served_and_a_called_ticket_is_not_called_again()
    {
        await _portal.IssueAsync(HallHelpers.XuhuiCard1, ("NEW-HIRE", 3));
        await _portal.IssueAsync(HallHelpers.XuhuiCard2, ("NEW-HIRE", 3));
        var (windowId, clerk) = (await _portal.OpenWindowsAsync(CounterPosition.SettlementChanges, 1)).Single();

        var first = await Hall.CallNextAsync(windowId, clerk);
        var busy = await Hall.CallNextAsync(windowId, clerk);
        await Hall.ActAsync(first.Value.Id, first.Value.Version, TicketAction.Serve, clerk);
        var stale = await Hall.ActAsync(first.Value.Id, first.Value.Version, TicketAction.NoShow, clerk);
        var serving = await Hall.CurrentAsync(windowId, clerk);
        await Hall.ActAsync(first.Value.Id, serving!.Ticket.Version, TicketAction.Finish, clerk);
        var second = await Hall.CallNextAsync(windowId, clerk);

        Assert.Equal("A001", first.Value.Code);
        Assert.Equal("Window.Busy", busy.Refusal?.Code);
        Assert.Equal("Ticket.Changed", stale.Refusal?.Code);
        Assert.Equal("A002", second.Value.Code);
        Assert.NotNull(serving.Visit);
        await using var db = _portal.Db();
        Assert.Equal(clerk.Name, (await db.Visits.OrderBy(v => v.Id).FirstAsync()).ServedByName);
    }

    [Fact]
    public async Task A_transferred_ticket_joins_the_other_queue_in_its_original_order()
    {
        var early = await _portal.IssueAsync(HallHelpers.XuhuiCard1, ("NEW-HIRE", 3));
        _portal.Clock.Advance(TimeSpan.FromMinutes(5));
        await _portal.IssueAsync(HallHelpers.XuhuiCard2, ("SPECIAL-02", 1));
        var settlement = (await _portal.OpenWindowsAsync(CounterPosition.SettlementChanges, 1)).Single();
        var special = (await _portal.OpenWindowsAsync(CounterPosition.Special, 1)).Single();
        var called = await Hall.CallNextAsync(settlement.WindowId, settlement.Clerk);

        await Hall.ActAsync(called.Value.Id, called.Value.Version, TicketAction.Transfer, settlement.Clerk, CounterPosition.Special);
        var next = await Hall.CallNextAsync(special.WindowId, special.Clerk);

        Assert.Equal(early.Code, next.Value.Code);
    }

    [Fact]
    public async Task The_front_desk_panel_counts_waiting_tickets_and_the_average_wait()
    {
        await _portal.IssueAsync(HallHelpers.XuhuiCard1, ("NEW-HIRE", 3));
        await _portal.IssueAsync(HallHelpers.XuhuiCard2, ("NEW-HIRE", 3));
        var (windowId, clerk) = (await _portal.OpenWindowsAsync(CounterPosition.SettlementChanges, 1)).Single();
        _portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await Hall.CallNextAsync(windowId, clerk);

        var load = (await Hall.GetLoadAsync(clerk.DistrictId!.Value)).Single(l => l.Position == CounterPosition.SettlementChanges);
        var board = await Hall.GetBoardAsync("XH");

        Assert.Equal(1, load.Waiting);
        Assert.Equal(TimeSpan.FromMinutes(10), load.AverageWait);
        Assert.Equal(TimeSpan.FromMinutes(10), load.LongestWaiting);
        Assert.Equal("A001", board!.Value.Board.Calls.Single().Code);
        Assert.Equal(1, board.Value.Board.Waiting[CounterPosition.SettlementChanges]);
    }
}
