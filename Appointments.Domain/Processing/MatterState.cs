namespace Appointments.Domain.Processing;

/// <summary>Where one matter stands (DOMAIN.md, process 5): waiting to be processed, completed on the
/// spot, accepted and waiting for review, incomplete (materials missing), or refused.</summary>
public enum MatterState
{
    Pending,
    Completed,
    AcceptedForReview,
    Incomplete,
    Refused,
}
