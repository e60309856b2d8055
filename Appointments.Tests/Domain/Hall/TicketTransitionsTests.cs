using Appointments.Domain.Catalog;
using Appointments.Domain.Hall;

namespace Appointments.Tests.Domain.Hall;

public class TicketTransitionsTests
{
    private static readonly IReadOnlySet<string> Clerk = new HashSet<string> { TicketTransitions.Clerk };
    private static readonly IReadOnlySet<string> Desk = new HashSet<string> { TicketTransitions.FrontDesk };
    private static readonly IReadOnlySet<string> UnitHr = new HashSet<string> { "UnitHr" };

    private static readonly Dictionary<(TicketStatus, TicketAction), TicketStatus> Expected = new()
    {
        [(TicketStatus.Waiting, TicketAction.Call)] = TicketStatus.Called,
        [(TicketStatus.Called, TicketAction.Recall)] = TicketStatus.Called,
        [(TicketStatus.Called, TicketAction.Serve)] = TicketStatus.Serving,
        [(TicketStatus.Called, TicketAction.NoShow)] = TicketStatus.NoShow,
        [(TicketStatus.Called, TicketAction.Transfer)] = TicketStatus.Waiting,
        [(TicketStatus.Serving, TicketAction.Transfer)] = TicketStatus.Waiting,
        [(TicketStatus.Serving, TicketAction.Finish)] = TicketStatus.Done,
    };

    public static TheoryData<TicketStatus, TicketAction> EveryPair()
    {
        var data = new TheoryData<TicketStatus, TicketAction>();
        foreach (var state in Enum.GetValues<TicketStatus>())
        {
            foreach (var action in Enum.GetValues<TicketAction>())
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_state_and_action_follows_the_table_for_a_clerk(TicketStatus state, TicketAction action)
    {
        var result = TicketTransitions.Next(state, action, Clerk);

        if (Expected.TryGetValue((state, action), out var to))
        {
            Assert.True(result.Succeeded, result.Message);
            Assert.Equal(to, result.Value);
        }
        else
        {
            Assert.Equal("Ticket.IllegalTransition", result.Refusal!.Code);
            Assert.Equal(2, result.Refusal.Args.Length);
        }
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void The_front_desk_may_only_transfer_and_unit_hr_nothing(TicketStatus state, TicketAction action)
    {
        var legal = Expected.ContainsKey((state, action));

        Assert.Equal(legal && action == TicketAction.Transfer, TicketTransitions.Next(state, action, Desk).Succeeded);
        Assert.False(TicketTransitions.Next(state, action, UnitHr).Succeeded);
    }

    [Fact]
    public void A_ticket_is_marked_no_show_only_after_the_set_number_of_calls()
    {
        var ticket = Called();

        Assert.Equal("Ticket.TooFewCalls", ticket.Apply(TicketAction.NoShow, Clerk, DateTime.UtcNow, noShowAfterCalls: 2).Refusal?.Code);
        Assert.True(ticket.Apply(TicketAction.Recall, Clerk, DateTime.UtcNow, 2).Succeeded);
        Assert.True(ticket.Apply(TicketAction.NoShow, Clerk, DateTime.UtcNow, 2).Succeeded);
        Assert.Equal(TicketStatus.NoShow, ticket.Status);
    }

    [Fact]
    public void A_transfer_moves_the_ticket_to_the_waiting_queue_of_another_position()
    {
        var ticket = Called();

        Assert.Equal("Ticket.TransferTarget", ticket.Apply(TicketAction.Transfer, Clerk, DateTime.UtcNow, 2, CounterPosition.SettlementChanges).Refusal?.Code);
        Assert.True(ticket.Apply(TicketAction.Transfer, Clerk, DateTime.UtcNow, 2, CounterPosition.Special).Succeeded);
        Assert.Equal((TicketStatus.Waiting, CounterPosition.Special, "A007"), (ticket.Status, ticket.Position, ticket.Code));
        Assert.Null(ticket.WindowId);
    }

    [Fact]
    public void A_finished_ticket_cannot_be_finished_again_and_the_refusal_names_both()
    {
        var ticket = Called();
        ticket.Apply(TicketAction.Serve, Clerk, DateTime.UtcNow, 2);
        ticket.Apply(TicketAction.Finish, Clerk, DateTime.UtcNow, 2);

        var again = ticket.Apply(TicketAction.Finish, Clerk, DateTime.UtcNow, 2);

        Assert.Equal("Ticket.IllegalTransition", again.Refusal?.Code);
    }

    /// <summary>A ticket as CallNext leaves it (called once); calling itself is one database update.</summary>
    private static Ticket Called()
    {
        var ticket = new Ticket(1, 1, new DateOnly(2026, 12, 4), CounterPosition.SettlementChanges, 7, DateTime.UtcNow);
        typeof(Ticket).GetProperty(nameof(Ticket.Status))!.SetValue(ticket, TicketStatus.Called);
        typeof(Ticket).GetProperty(nameof(Ticket.CallCount))!.SetValue(ticket, 1);
        return ticket;
    }
}
