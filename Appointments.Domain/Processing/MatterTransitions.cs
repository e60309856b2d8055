using Appointments.Domain.Common;

namespace Appointments.Domain.Processing;

/// <summary>The one table of a matter's processing states: (state, action) → state, with the roles
/// allowed. A pending matter, or an incomplete one brought back with its materials, takes any of
/// the four outcomes; the others are final for processing (review takes over from acceptance).</summary>
public static class MatterTransitions
{
    public const string Clerk = "Clerk";

    private static readonly Dictionary<(MatterState, MatterAction), (MatterState To, string[] Roles)> Table = new()
    {
        [(MatterState.Pending, MatterAction.Complete)] = (MatterState.Completed, [Clerk]),
        [(MatterState.Pending, MatterAction.AcceptForReview)] = (MatterState.AcceptedForReview, [Clerk]),
        [(MatterState.Pending, MatterAction.MarkIncomplete)] = (MatterState.Incomplete, [Clerk]),
        [(MatterState.Pending, MatterAction.Refuse)] = (MatterState.Refused, [Clerk]),
        [(MatterState.Incomplete, MatterAction.Complete)] = (MatterState.Completed, [Clerk]),
        [(MatterState.Incomplete, MatterAction.AcceptForReview)] = (MatterState.AcceptedForReview, [Clerk]),
        [(MatterState.Incomplete, MatterAction.MarkIncomplete)] = (MatterState.Incomplete, [Clerk]),
        [(MatterState.Incomplete, MatterAction.Refuse)] = (MatterState.Refused, [Clerk]),
    };

    public static IEnumerable<(MatterState From, MatterAction Action, MatterState To)> Rows =>
        Table.Select(r => (r.Key.Item1, r.Key.Item2, r.Value.To));

    public static Result<MatterState> Next(MatterState from, MatterAction action, IReadOnlySet<string> roles)
    {
        if (!Table.TryGetValue((from, action), out var rule))
        {
            return Result<MatterState>.Refuse("Matter.IllegalTransition",
                DomainText.Get($"MatterAction.{action}"), DomainText.Get($"MatterState.{from}"));
        }

        return rule.Roles.Any(roles.Contains)
            ? Result.Ok(rule.To)
            : Result<MatterState>.Refuse("Matter.RoleNotAllowed", DomainText.Get($"MatterAction.{action}"));
    }

    /// <summary>States whose matters are still open for an outcome.</summary>
    public static readonly MatterState[] Open = [MatterState.Pending, MatterState.Incomplete];
}
