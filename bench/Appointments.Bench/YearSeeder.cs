using System.Diagnostics;
using Appointments.Domain.Common;
using Microsoft.Data.Sqlite;

namespace Appointments.Bench;

/// <summary>A realistic year on top of the demo: both districts, sessions every weekday, about 100,000
/// bookings and 1,000,000 recorded matters (full), or a small slice (smoke). Written with raw, prepared
/// inserts in one transaction: generating data is not what is measured.</summary>
public static class YearSeeder
{
    public sealed record Scale(int Weekdays, int UnitsPerDistrict, int MorningBookings, int AfternoonBookings, int MattersPerBooking);

    public static readonly Scale Full = new(261, 500, 120, 80, 10);
    public static readonly Scale Smoke = new(15, 150, 12, 8, 3);

    public static async Task<string> SeedAsync(BenchHost host, Scale scale)
    {
        await using var connection = host.OpenRaw();
        if (Scalar(connection, "SELECT COUNT(*) FROM Bookings") > 0)
        {
            return Describe(connection, "reused");
        }

        var watch = Stopwatch.StartNew();
        var today = Shanghai.Today(TimeProvider.System);
        using var tx = connection.BeginTransaction();
        var districts = Rows(connection, "SELECT Id, Code FROM Districts").Select(r => (Id: (long)r[0], Code: (string)r[1])).ToList();
        var bookingId = 0L;
        var matterId = 0L;
        foreach (var (districtId, code) in districts)
        {
            var units = AddUnits(connection, districtId, code, scale.UnitsPerDistrict);
            var types = Rows(connection, $"SELECT Id, NameZh, NameEn, Position, ReviewLevels, Category FROM MatterTypes WHERE DistrictId = {districtId} AND Code IN ('NEW-HIRE','TRANSFER-IN','ADJUST','RETIRE')");
            var templates = Rows(connection, $"SELECT Id, Weekday, Label, Start, \"End\", Capacity FROM SessionTemplates WHERE DistrictId = {districtId}");
            var days = Weekdays(today, scale.Weekdays);
            using var session = Prepare(connection, "INSERT INTO RoomSessions (DistrictId, TemplateId, Date, Label, Start, \"End\", Capacity, PhoneReserved, Booked, BookedPhone) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,0) RETURNING Id");
            using var booking = Prepare(connection, "INSERT INTO Bookings (Reference, DistrictId, UnitId, SessionId, TotalVolume, Status, Channel, CreatedAtUtc, CreatedById, CreatedByName, Sequence, IdempotencyKey, ThresholdTotal, ThresholdNewHire, CheckedInAtUtc) VALUES ($1,$2,$3,$4,$5,$6,'Web',$7,'seed','seed',0,$8,100,30,$9)");
            using var line = Prepare(connection, "INSERT INTO BookingLine (BookingId, MatterTypeId, NameZh, NameEn, Category, Volume) VALUES ($1,$2,$3,$4,$5,$6)");
            using var visit = Prepare(connection, "INSERT INTO Visits (DistrictId, UnitId, CardNumber, PowerOfAttorney, CreatedAtUtc, CreatedById, CreatedByName, BookingId) VALUES ($1,$2,'seed',0,$3,'seed','seed',$4) RETURNING Id");
            using var matter = Prepare(connection, "INSERT INTO Matters (DistrictId, UnitId, VisitId, FirstVisitId, MatterTypeId, NameZh, NameEn, Position, ReviewLevels, Seq, State, DecidedAtUtc, DecidedById, DecidedByName, Version) VALUES ($1,$2,$3,$3,$4,$5,$6,$7,$8,$9,$10,$11,'seed','seed',1)");
            string[] states = ["Completed", "Completed", "Completed", "AcceptedForReview", "Incomplete", "Refused", "Collected"];
            foreach (var day in days)
            {
                var past = day < today;
                foreach (var t in templates.Where(t => (string)t[1] == day.DayOfWeek.ToString()))
                {
                    var morning = (string)t[2] == "上午";
                    var count = past ? (morning ? scale.MorningBookings : scale.AfternoonBookings) : (morning ? scale.MorningBookings : scale.AfternoonBookings) / 6;
                    var volume = scale.MattersPerBooking;
                    // The room was larger in the past year than the demo's current template says.
                    var capacity = past ? Math.Max((long)t[5], count * volume) : (long)t[5];
                    var sessionId = (long)Run(session, districtId, (long)t[0], day.ToString("yyyy-MM-dd"), t[2], t[3], t[4], capacity, capacity / 5, (long)count * volume)!;
                    for (var i = 0; i < count; i++)
                    {
                        bookingId++;
                        var unit = units[(i + day.DayNumber) % units.Count];
                        var type = types[i % types.Count];
                        var at = day.ToDateTime(new TimeOnly(1, 0)).AddDays(-3).ToString("yyyy-MM-dd HH:mm:ss");
                        Run(booking, $"YYSEED-{bookingId:D7}", districtId, unit, sessionId, volume, past ? "CheckedIn" : "Active", at,
                            Guid.NewGuid().ToString().ToUpperInvariant(), past ? at : null);
                        Run(line, bookingId, type[0], type[1], type[2], type[5], volume);
                        if (!past)
                        {
                            continue;
                        }

                        var visitId = (long)Run(visit, districtId, unit, at, bookingId)!;
                        for (var seq = 1; seq <= volume; seq++)
                        {
                            matterId++;
                            Run(matter, districtId, unit, visitId, type[0], type[1], type[2], type[3], type[4], seq, states[(int)(matterId % states.Length)], at);
                        }
                    }
                }
            }
        }

        tx.Commit();
        Execute(connection, "ANALYZE");
        return Describe(connection, $"seeded in {watch.Elapsed.TotalSeconds:0} s");
    }

    private static List<long> AddUnits(SqliteConnection c, long districtId, string code, int count)
    {
        using var insert = Prepare(c, "INSERT INTO Units (DistrictId, Code, Name, ContactName, ContactEmail) VALUES ($1,$2,$3,'联系人',$4) RETURNING Id");
        return Enumerable.Range(1, count).Select(i => (long)Run(insert, districtId, $"9{code}{districtId}{i:D7}", $"{code} 基准单位 {i}", $"bench{i}@{code}.example")!).ToList();
    }

    private static List<DateOnly> Weekdays(DateOnly today, int back)
    {
        var days = new List<DateOnly>();
        for (var d = today.AddDays(1); d <= today.AddDays(14); d = d.AddDays(1))
        {
            days.Add(d);
        }

        for (var d = today.AddDays(-1); days.Count(x => x < today) < back; d = d.AddDays(-1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }

        return days.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
    }

    private static string Describe(SqliteConnection c, string how) =>
        $"{Scalar(c, "SELECT COUNT(*) FROM Bookings"):N0} bookings, {Scalar(c, "SELECT COUNT(*) FROM Matters"):N0} matters, " +
        $"{Scalar(c, "SELECT COUNT(*) FROM RoomSessions"):N0} sessions ({how})";

    private static SqliteCommand Prepare(SqliteConnection c, string sql)
    {
        var command = c.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static object? Run(SqliteCommand command, params object?[] values)
    {
        command.Parameters.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"${i + 1}", values[i] ?? DBNull.Value);
        }

        return command.ExecuteScalar();
    }

    public static long Scalar(SqliteConnection c, string sql)
    {
        using var command = Prepare(c, sql);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public static void Execute(SqliteConnection c, string sql)
    {
        using var command = Prepare(c, sql);
        command.ExecuteNonQuery();
    }

    private static List<object[]> Rows(SqliteConnection c, string sql)
    {
        using var command = Prepare(c, sql);
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
