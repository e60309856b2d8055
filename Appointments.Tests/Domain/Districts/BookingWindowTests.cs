using Appointments.Domain.Booking;
using Appointments.Domain.Districts;

namespace Appointments.Tests.Domain.Districts;

public class BookingWindowTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly BookingWindow Window = new(1, 14);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void The_window_holds_its_first_and_last_day(int daysAhead, bool bookable) =>
        Assert.Equal(bookable, RoomCalendar.CheckBookable(Today, Today.AddDays(daysAhead), Window, null).Succeeded);

    [Fact]
    public void A_closed_day_is_refused_with_its_reason()
    {
        var closure = new Closure(1, Today.AddDays(3), "元旦");

        var result = RoomCalendar.CheckBookable(Today, closure.Date, Window, closure);

        Assert.False(result.Succeeded);
        Assert.Equal("Booking.Closed", result.Refusal!.Code);
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(-1, 5, false)]
    [InlineData(5, 4, false)]
    [InlineData(1, 367, false)]
    public void Window_settings_are_validated(int min, int max, bool valid) =>
        Assert.Equal(valid, new BookingWindowValidator().Validate(new BookingWindow(min, max)).IsValid);

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(-5, false)]
    public void A_threshold_is_at_least_one_or_empty(int? value, bool valid) =>
        Assert.Equal(valid, new ThresholdSetValidator().Validate(ThresholdSet.None with { NewHire = value }).IsValid);

    [Theory]
    [InlineData(1, 20, true)]
    [InlineData(0, 20, false)]
    [InlineData(-10, 20, false)]
    [InlineData(100, 101, false)]
    public void A_session_capacity_is_positive_and_its_phone_share_a_percentage(int capacity, int share, bool valid) =>
        Assert.Equal(valid, new SessionTemplateSpecValidator()
            .Validate(new SessionTemplateSpec(DayOfWeek.Monday, "上午", new(9, 0), new(11, 0), capacity, share)).IsValid);
}
