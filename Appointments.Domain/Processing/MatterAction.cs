namespace Appointments.Domain.Processing;

/// <summary>The four outcomes a clerk records for a matter.</summary>
public enum MatterAction
{
    Complete,
    AcceptForReview,
    MarkIncomplete,
    Refuse,
}
