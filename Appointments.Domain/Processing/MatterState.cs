namespace Appointments.Domain.Processing;

/// <summary>Where one matter stands (DOMAIN.md, processes 5 and 6): waiting to be processed, completed on
/// the spot, accepted and waiting for review (level 2, then level 3 where its type says), incomplete
/// (materials missing), refused; after review approved as declared, approved with a different result or
/// rejected; and collected once its result is handed over and the receipt withdrawn.</summary>
public enum MatterState
{
    Pending,
    Completed,
    AcceptedForReview,
    Incomplete,
    Refused,
    AwaitingLevel3,
    Approved,
    ApprovedDifferent,
    Rejected,
    Collected,
}
