using Appointments.Domain.Common;
using Appointments.Domain.Districts;

namespace Appointments.Domain.Booking;

/// <summary>Which days the reservation room can be booked for.</summary>
public static class RoomCalendar
{
    public static Result CheckBookable(DateOnly today, DateOnly date, BookingWindow window, Closure? closure)
    {
        if (!window.Contains(today, date))
        {
            return Result.Refuse("Booking.OutsideWindow", window.First(today).ToString("yyyy-MM-dd"), window.Last(today).ToString("yyyy-MM-dd"));
        }

        return closure is null ? Result.Ok() : Result.Refuse("Booking.Closed", date.ToString("yyyy-MM-dd"), closure.Reason);
    }

    public static IEnumerable<DateOnly> Dates(DateOnly today, BookingWindow window)
    {
        for (var d = window.First(today); d <= window.Last(today); d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
