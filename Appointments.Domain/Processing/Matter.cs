using Appointments.Domain.Catalog;
using Appointments.Domain.Common;

namespace Appointments.Domain.Processing;

/// <summary>One matter of a batch (a declared volume of 45 new hires is 45 matters), with its
/// outcome. It belongs to the visit that is processing it: a resumed matter moves to the later visit.</summary>
public class Matter
{
    private Matter() { }

    public Matter(int districtId, int? unitId, int? personId, int visitId, MatterType type, int seq)
    {
        DistrictId = districtId;
        UnitId = unitId;
        PersonId = personId;
        VisitId = visitId;
        FirstVisitId = visitId;
        MatterTypeId = type.Id;
        NameZh = type.NameZh;
        NameEn = type.NameEn;
        Position = type.Position;
        ReviewLevels = type.ReviewLevels;
        Seq = seq;
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }
    public int? UnitId { get; private set; }
    public int? PersonId { get; private set; }
    public int VisitId { get; private set; }
    public int FirstVisitId { get; private set; }
    public int MatterTypeId { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public CounterPosition Position { get; private set; }

    /// <summary>0 for a type completed on the spot; 2 or 3 for review (copied from the type when declared).</summary>
    public int ReviewLevels { get; private set; }

    /// <summary>The number of this matter within its type in the batch (新进 第 12 件).</summary>
    public int Seq { get; private set; }
    public MatterState State { get; private set; } = MatterState.Pending;

    /// <summary>The missing materials (one per line) of an incomplete matter.</summary>
    public string? Missing { get; private set; }
    public string? RefusalReason { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecidedById { get; private set; }
    public string? DecidedByName { get; private set; }
    public int Version { get; private set; }

    /// <summary>The acceptance receipt the matter waits on, once accepted for review and the receipt issued.</summary>
    public int? ReceiptId { get; private set; }

    /// <summary>The result as decided, when a review approves with a different result.</summary>
    public string? ReviewResult { get; private set; }

    /// <summary>Why a review rejected the matter.</summary>
    public string? ReviewReason { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    public string? ReviewedById { get; private set; }
    public string? ReviewedByName { get; private set; }

    public bool AwaitsReview => State is MatterState.AcceptedForReview or MatterState.AwaitingLevel3;

    /// <summary>The review level this matter waits for, or null.</summary>
    public int? PendingLevel => State switch
    {
        MatterState.AcceptedForReview => 2,
        MatterState.AwaitingLevel3 => 3,
        _ => null,
    };

    public string Name(bool chinese) => chinese ? NameZh : NameEn;

    public IReadOnlyList<string> MissingList => string.IsNullOrEmpty(Missing) ? [] : Missing.Split('\n');

    /// <summary>Records an outcome through the transition table; the type decides which of "complete"
    /// and "accept for review" applies.</summary>
    public Result Record(MatterAction action, IReadOnlySet<string> roles, IReadOnlyList<string> missing, string? reason,
        DateTime nowUtc, string byId, string byName)
    {
        var next = MatterTransitions.Next(State, action, roles);
        if (!next.Succeeded)
        {
            return next;
        }

        switch (action)
        {
            case MatterAction.Complete when ReviewLevels > 0:
                return Result.Refuse("Matter.NeedsReview", NameZh);
            case MatterAction.AcceptForReview when ReviewLevels == 0:
                return Result.Refuse("Matter.OnTheSpot", NameZh);
            case MatterAction.MarkIncomplete when missing.Count == 0:
                return Result.Refuse("Matter.MissingRequired");
            case MatterAction.Refuse when string.IsNullOrWhiteSpace(reason):
                return Result.Refuse("Matter.ReasonRequired");
        }

        State = next.Value;
        Missing = action == MatterAction.MarkIncomplete ? string.Join('\n', missing) : null;
        RefusalReason = action == MatterAction.Refuse ? reason!.Trim() : null;
        DecidedAtUtc = nowUtc;
        DecidedById = byId;
        DecidedByName = byName;
        Version++;
        return Result.Ok();
    }

    /// <summary>A reviewer's decision at their level (DOMAIN.md, process 6), through the review table.
    /// The clerk who accepted the matter cannot review it.</summary>
    public Result Review(Review.ReviewAction action, int level, string? detail, DateTime nowUtc, string byId, string byName)
    {
        if (byId == DecidedById)
        {
            return Result.Refuse("Review.OwnAcceptance");
        }

        var next = Appointments.Domain.Review.ReviewTransitions.Next(State, action, level, ReviewLevels);
        if (!next.Succeeded)
        {
            return next;
        }

        if (action != Appointments.Domain.Review.ReviewAction.Approve && string.IsNullOrWhiteSpace(detail))
        {
            return Result.Refuse(action == Appointments.Domain.Review.ReviewAction.Reject ? "Review.ReasonRequired" : "Review.ResultRequired");
        }

        State = next.Value;
        ReviewResult = action == Appointments.Domain.Review.ReviewAction.ApproveDifferent ? detail!.Trim() : level == 3 ? null : ReviewResult;
        ReviewReason = action == Appointments.Domain.Review.ReviewAction.Reject ? detail!.Trim() : null;
        ReviewedAtUtc = nowUtc;
        ReviewedById = byId;
        ReviewedByName = byName;
        Version++;
        return Result.Ok();
    }

    /// <summary>Brings an incomplete matter into a later visit that resumes it.</summary>
    public void ResumeIn(int visitId) => VisitId = visitId;
}
