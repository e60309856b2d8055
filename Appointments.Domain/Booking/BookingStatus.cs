namespace Appointments.Domain.Booking;

public enum BookingStatus
{
    Active,
    Cancelled,

    /// <summary>The unit arrived and the batch is being processed in the reservation room.</summary>
    CheckedIn,
}
