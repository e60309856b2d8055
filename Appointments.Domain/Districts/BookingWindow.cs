namespace Appointments.Domain.Districts;

/// <summary>How far ahead the reservation room can be booked: from <see cref="MinDaysAhead"/> to
/// <see cref="MaxDaysAhead"/> days after today (Shanghai), both included.</summary>
public sealed record BookingWindow(int MinDaysAhead, int MaxDaysAhead)
{
    public static readonly BookingWindow Default = new(1, 14);

    public DateOnly First(DateOnly today) => today.AddDays(MinDaysAhead);
    public DateOnly Last(DateOnly today) => today.AddDays(MaxDaysAhead);

    public bool Contains(DateOnly today, DateOnly date) => date >= First(today) && date <= Last(today);
}
