using Appointments.Domain.Common;
using Appointments.Domain.Processing;

namespace Appointments.Domain.Review;

/// <summary>The review table: (state, action, level) → state. Level 2 (the centre) decides matters just
/// accepted; a type needing 3 levels then goes to level 3 (its superior), and only after level 2
/// approved. A rejection at any level is final.</summary>
public static class ReviewTransitions
{
    public static Result<MatterState> Next(MatterState from, ReviewAction action, int level, int typeLevels)
    {
        var pending = from switch
        {
            MatterState.AcceptedForReview => 2,
            MatterState.AwaitingLevel3 => 3,
            _ => 0,
        };
        if (pending == 0)
        {
            return Result<MatterState>.Refuse("Matter.IllegalTransition",
                DomainText.Get($"ReviewAction.{action}"), DomainText.Get($"MatterState.{from}"));
        }

        if (level != pending)
        {
            return Result<MatterState>.Refuse("Review.WrongLevel", pending, level);
        }

        return Result.Ok(action switch
        {
            ReviewAction.Reject => MatterState.Rejected,
            _ when level == 2 && typeLevels == 3 => MatterState.AwaitingLevel3,
            ReviewAction.Approve => MatterState.Approved,
            _ => MatterState.ApprovedDifferent,
        });
    }
}
