namespace Appointments.Domain.Booking;

/// <summary>A volume entered against a matter type on a booking form.</summary>
public sealed record DeclaredVolume(int MatterTypeId, int Volume);
