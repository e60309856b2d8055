namespace Appointments.Domain.Booking;

/// <summary>A request to book <paramref name="Date"/>'s occurrence of a session for a declared batch.
/// <paramref name="IdempotencyKey"/> is the form's, so that a second submit of the same form makes no second booking.</summary>
public sealed record BookingRequest(int UnitId, IReadOnlyList<DeclaredVolume> Lines, int TemplateId, DateOnly Date, Guid IdempotencyKey);
