using Appointments.Domain.Booking;

namespace Appointments.Tests.Domain.Booking;

public class SessionCapacityTests
{
    [Fact]
    public void Web_bookings_cannot_use_the_share_kept_for_phone_bookings() =>
        Assert.Equal(80, SessionCapacity.Remaining(BookingChannel.Web, capacity: 100, phoneReserved: 20, booked: 0, bookedPhone: 0));

    [Fact]
    public void Phone_bookings_may_use_the_whole_capacity() =>
        Assert.Equal(100, SessionCapacity.Remaining(BookingChannel.Phone, capacity: 100, phoneReserved: 20, booked: 0, bookedPhone: 0));

    [Fact]
    public void Phone_bookings_draw_first_on_their_own_share() =>
        // 15 booked by phone: 5 of the phone share is still held back from the web.
        Assert.Equal(80, SessionCapacity.Remaining(BookingChannel.Web, capacity: 100, phoneReserved: 20, booked: 15, bookedPhone: 15));

    [Fact]
    public void Phone_bookings_beyond_their_share_take_from_the_web_part() =>
        Assert.Equal(70, SessionCapacity.Remaining(BookingChannel.Web, capacity: 100, phoneReserved: 20, booked: 30, bookedPhone: 30));

    [Fact]
    public void Remaining_is_never_negative() =>
        Assert.Equal(0, SessionCapacity.Remaining(BookingChannel.Web, capacity: 100, phoneReserved: 20, booked: 100, bookedPhone: 0));
}
