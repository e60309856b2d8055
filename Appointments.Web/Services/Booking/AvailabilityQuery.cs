using System.Data.Common;
using System.Globalization;
using Appointments.Domain.Booking;
using Appointments.Domain.Districts;
using Microsoft.Data.Sqlite;

namespace Appointments.Web.Services.Booking;

/// <summary>The booking window's sessions with their capacity left, read in two round trips: the window,
/// then the active weekly sessions, the closures and the dated sessions already opened. The rule of which
/// days and sessions are offered stays in the domain (<see cref="RoomCalendar"/>).</summary>
internal static class AvailabilityQuery
{
    private const string WindowSql = """SELECT "WindowMinDaysAhead", "WindowMaxDaysAhead" FROM "Districts" WHERE "Id" = $district""";

    private const string SessionsSql = """
        SELECT "Id", "Weekday", "Label", "Start", "End", "Capacity", "PhoneSharePercent" FROM "SessionTemplates" WHERE "DistrictId" = $district AND "Active" = 1;
        SELECT "Date" FROM "Closures" WHERE "DistrictId" = $district AND "Date" >= $first AND "Date" <= $last;
        SELECT "TemplateId", "Date", "Label", "Start", "End", "Capacity", "PhoneReserved", "Booked", "BookedPhone" FROM "RoomSessions" WHERE "DistrictId" = $district AND "Date" >= $first AND "Date" <= $last;
        """;

    public static async Task<IReadOnlyList<SessionSlot>> RunAsync(string connectionString, int districtId, DateOnly today)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // The window is needed for the date range: read it first, then the rest in one batch.
        BookingWindow window;
        await using (var command = Command(connection, WindowSql, districtId))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
            {
                return [];
            }

            window = new BookingWindow(reader.GetInt32(0), reader.GetInt32(1));
        }

        var (first, last) = (window.First(today), window.Last(today));
        var templates = new List<(int Id, DayOfWeek Weekday, string Label, TimeOnly Start, TimeOnly End, int Capacity, int Share)>();
        var closed = new HashSet<DateOnly>();
        var opened = new Dictionary<(int, DateOnly), SessionSlot>();
        await using (var command = Command(connection, SessionsSql, districtId, first, last))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                templates.Add((reader.GetInt32(0), Enum.Parse<DayOfWeek>(reader.GetString(1)), reader.GetString(2),
                    Time(reader.GetString(3)), Time(reader.GetString(4)), reader.GetInt32(5), reader.GetInt32(6)));
            }

            await reader.NextResultAsync();
            while (await reader.ReadAsync())
            {
                closed.Add(Date(reader.GetString(0)));
            }

            await reader.NextResultAsync();
            while (await reader.ReadAsync())
            {
                var date = Date(reader.GetString(1));
                opened[(reader.GetInt32(0), date)] = new SessionSlot(reader.GetInt32(0), date, reader.GetString(2), Time(reader.GetString(3)),
                    Time(reader.GetString(4)), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8));
            }
        }

        return RoomCalendar.Dates(today, window)
            .Where(d => !closed.Contains(d))
            .SelectMany(d => templates.Where(t => t.Weekday == d.DayOfWeek).OrderBy(t => t.Start).Select(t =>
                opened.TryGetValue((t.Id, d), out var slot)
                    ? slot
                    : new SessionSlot(t.Id, d, t.Label, t.Start, t.End, t.Capacity, SessionTemplate.PhoneReservedFor(t.Capacity, t.Share), 0, 0)))
            .ToList();
    }

    private static DbCommand Command(DbConnection connection, string sql, int districtId, DateOnly? first = null, DateOnly? last = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "$district", districtId);
        if (first is { } f && last is { } l)
        {
            Add(command, "$first", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(command, "$last", l.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] TimeFormats = ["HH:mm:ss", "HH:mm:ss.FFFFFFF", "HH:mm"];

    private static TimeOnly Time(string text) => TimeOnly.ParseExact(text, TimeFormats, CultureInfo.InvariantCulture);
}
