namespace Appointments.Domain.Booking;

public enum BookingStatus
{
    Active,
    Cancelled,
}
