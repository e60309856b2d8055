namespace Appointments.Domain.Booking;

/// <summary>How a booking was made: by the unit on the web, or by the front desk on a phone call.</summary>
public enum BookingChannel
{
    Web,
    Phone,
}
