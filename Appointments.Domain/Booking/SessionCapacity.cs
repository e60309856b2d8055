namespace Appointments.Domain.Booking;

/// <summary>How much of a session each channel may still take. The phone share is held back from web
/// bookings until phone bookings have used it; phone bookings may use the whole capacity.</summary>
public static class SessionCapacity
{
    public static int Remaining(BookingChannel channel, int capacity, int phoneReserved, int booked, int bookedPhone) =>
        channel == BookingChannel.Phone
            ? Math.Max(0, capacity - booked)
            : Math.Max(0, capacity - booked - Math.Max(0, phoneReserved - bookedPhone));
}
