using Appointments.Domain.Common;

namespace Appointments.Domain.Hall;

/// <summary>The one table of a queue ticket's states: (state, action) → state. Only a window clerk
/// acts on a called ticket; the front desk may also transfer one.</summary>
public static class TicketTransitions
{
    public const string Clerk = "Clerk";
    public const string FrontDesk = "FrontDesk";

    private static readonly Dictionary<(TicketStatus, TicketAction), (TicketStatus To, string[] Roles)> Table = new()
    {
        [(TicketStatus.Waiting, TicketAction.Call)] = (TicketStatus.Called, [Clerk]),
        [(TicketStatus.Called, TicketAction.Recall)] = (TicketStatus.Called, [Clerk]),
        [(TicketStatus.Called, TicketAction.Serve)] = (TicketStatus.Serving, [Clerk]),
        [(TicketStatus.Called, TicketAction.NoShow)] = (TicketStatus.NoShow, [Clerk]),
        [(TicketStatus.Called, TicketAction.Transfer)] = (TicketStatus.Waiting, [Clerk, FrontDesk]),
        [(TicketStatus.Serving, TicketAction.Transfer)] = (TicketStatus.Waiting, [Clerk, FrontDesk]),
        [(TicketStatus.Serving, TicketAction.Finish)] = (TicketStatus.Done, [Clerk]),
    };

    public static Result<TicketStatus> Next(TicketStatus from, TicketAction action, IReadOnlySet<string> roles)
    {
        if (!Table.TryGetValue((from, action), out var rule))
        {
            return Result<TicketStatus>.Refuse("Ticket.IllegalTransition",
                DomainText.Get($"TicketAction.{action}"), DomainText.Get($"TicketStatus.{from}"));
        }

        return rule.Roles.Any(roles.Contains)
            ? Result.Ok(rule.To)
            : Result<TicketStatus>.Refuse("Ticket.RoleNotAllowed", DomainText.Get($"TicketAction.{action}"));
    }

    public static IEnumerable<TicketAction> Permitted(TicketStatus from, IReadOnlySet<string> roles) =>
        Table.Where(r => r.Key.Item1 == from && r.Value.Roles.Any(roles.Contains)).Select(r => r.Key.Item2);
}
