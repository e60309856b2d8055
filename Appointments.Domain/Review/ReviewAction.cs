namespace Appointments.Domain.Review;

/// <summary>A reviewer's decision on a matter of a pending acceptance receipt.</summary>
public enum ReviewAction
{
    Approve,
    ApproveDifferent,
    Reject,
}
