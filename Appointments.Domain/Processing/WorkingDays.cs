namespace Appointments.Domain.Processing;

/// <summary>Counting working days for pickup dates: weekends and the district's closures do not count.</summary>
public static class WorkingDays
{
    public static DateOnly Add(DateOnly from, int days, IReadOnlySet<DateOnly> closures)
    {
        var date = from;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date, closures))
            {
                counted++;
            }
        }

        return date;
    }

    public static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> closures) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !closures.Contains(date);
}
