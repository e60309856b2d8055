using Appointments.Domain.Booking;
using Appointments.Domain.Processing;

namespace Appointments.Tests.Domain.Processing;

public class WorkingDaysTests
{
    private static readonly HashSet<DateOnly> None = [];

    [Theory]
    [InlineData("2026-12-04", 1, "2026-12-07")] // Friday + 1 → Monday
    [InlineData("2026-12-04", 10, "2026-12-18")]
    [InlineData("2026-12-05", 1, "2026-12-07")] // from a Saturday
    [InlineData("2026-12-07", 5, "2026-12-14")]
    public void Weekends_do_not_count(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), WorkingDays.Add(DateOnly.Parse(from), days, None));

    [Fact]
    public void Closures_do_not_count()
    {
        // 元旦 (Friday 2027-01-01) closed: 5 working days from Monday 2026-12-28 end on Tuesday 2027-01-05.
        var closures = new HashSet<DateOnly> { new(2027, 1, 1) };

        Assert.Equal(new DateOnly(2027, 1, 5), WorkingDays.Add(new DateOnly(2026, 12, 28), 5, closures));
    }

    [Fact]
    public void A_week_of_closures_pushes_the_date_past_it()
    {
        var spring = Enumerable.Range(8, 5).Select(d => new DateOnly(2027, 2, d)).ToHashSet();

        Assert.Equal(new DateOnly(2027, 2, 15), WorkingDays.Add(new DateOnly(2027, 2, 5), 1, spring));
    }

    [Theory]
    [InlineData(8, 50, "Early", 10)]
    [InlineData(9, 3, "OnTime", 0)]
    [InlineData(9, 40, "Late", 40)]
    public void Arrival_is_early_on_time_or_late(int hour, int minute, string kind, int minutes)
    {
        var arrival = Arrival.Judge(Session(), new DateTime(2026, 12, 7, hour, minute, 0));

        Assert.Equal((Enum.Parse<ArrivalKind>(kind), minutes), (arrival.Value.Kind, arrival.Value.Minutes));
    }

    [Fact]
    public void Arriving_after_the_session_has_ended_is_refused() =>
        Assert.Equal("CheckIn.SessionOver", Arrival.Judge(Session(), new DateTime(2026, 12, 7, 11, 31, 0)).Refusal?.Code);

    private static RoomSession Session() => RoomSession.Open(
        new Appointments.Domain.Districts.SessionTemplate(1, new(DayOfWeek.Monday, "上午", new(9, 0), new(11, 30), 100, 0)),
        new DateOnly(2026, 12, 7));
}
