using System.Collections.Concurrent;
using System.Diagnostics;
using Appointments.Domain.Booking;
using Appointments.Domain.Common;
using Appointments.Domain.Districts;
using Appointments.Domain.Processing;
using Appointments.Domain.Units;
using Appointments.Web.Identity;
using Appointments.Web.Services.Booking;
using Appointments.Web.Services.Districts;
using Appointments.Web.Services.Processing;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Bench;

/// <summary>The scenarios that drive the portal's services on the seeded year, each beside a baseline in the same run.</summary>
public sealed class ServiceScenarios(BenchHost host, Report report, bool smoke)
{
    private readonly Actor _admin = host.Actor("xh.admin");

    // The seeded year is reused between runs: what a run adds is named with its own stamp.
    private readonly string _run = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
    private int _districtId;
    private int _newHire;

    public async Task PrepareAsync()
    {
        await using var db = host.Db();
        _districtId = _admin.DistrictId!.Value;
        _newHire = await db.MatterTypes.Where(t => t.DistrictId == _districtId && t.Code == "NEW-HIRE").Select(t => t.Id).SingleAsync();
    }

    /// <summary>Extra units each with an HR actor of its own (one active booking per unit and session).</summary>
    private async Task<List<(Unit Unit, Actor Hr)>> UnitsAsync(string prefix, int count)
    {
        await using var db = host.Db();
        var units = Enumerable.Range(1, count).Select(i => new Unit(_districtId, $"{prefix}{_run}{i:D6}", $"{prefix} {i}", "联系人", $"{prefix}{_run}{i}@bench.example")).ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync();
        return units.Select(u => (u, new Actor($"hr-{u.Id}", $"HR {u.Id}", new HashSet<string> { Roles.UnitHr }, _districtId, (int?)u.Id))).ToList();
    }

    private async Task<(int TemplateId, DateOnly Date)> SessionAsync(string label, int capacity, int daysAhead)
    {
        var date = Shanghai.Today(TimeProvider.System).AddDays(daysAhead);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        label = $"{label}-{_run}";
        var added = await host.Get<DistrictSettingsService>().AddSessionAsync(
            new SessionTemplateSpec(date.DayOfWeek, label, new(18, 0), new(20, 0), capacity, 0), _admin);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(added.Message);
        }

        await using var db = host.Db();
        return (await db.SessionTemplates.Where(t => t.Label == label && t.DistrictId == _districtId).Select(t => t.Id).SingleAsync(), date);
    }

    /// <summary>1. 200 concurrent attempts on a session with room for 5 batches, against a plain read of
    /// the session and a naive check-then-insert written only here.</summary>
    public async Task BookingRaceAsync()
    {
        var rounds = smoke ? 3 : 20;
        var attempts = smoke ? 40 : 200;
        var units = await UnitsAsync("RACE", attempts);
        var latencies = new ConcurrentBag<double>();
        var reads = new ConcurrentBag<double>();
        var successes = new List<int>();
        var naiveOverbooked = 0;
        var naiveMax = 0;
        await using (var db = host.Db())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS NaiveClaims (SessionId INTEGER, UnitId INTEGER)");
        }

        for (var round = 0; round < rounds; round++)
        {
            var (templateId, date) = await SessionAsync($"R{round:D2}", 500, 1 + round % 10);
            var results = await Task.WhenAll(units.Select(u => Task.Run(async () =>
            {
                var start = Stopwatch.GetTimestamp();
                var result = await host.Get<BookingService>().BookAsync(
                    new BookingRequest(u.Unit.Id, [new DeclaredVolume(_newHire, 100)], templateId, date, Guid.NewGuid()), u.Hr);
                latencies.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
                return result.Succeeded;
            })));
            successes.Add(results.Count(ok => ok));

            await using var db = host.Db();
            var sessionId = await db.RoomSessions.Where(s => s.TemplateId == templateId && s.Date == date).Select(s => s.Id).SingleAsync();
            await Task.WhenAll(units.Select(_ => Task.Run(async () =>
            {
                var start = Stopwatch.GetTimestamp();
                await using var reader = host.Db();
                await reader.RoomSessions.AsNoTracking().FirstAsync(s => s.Id == sessionId);
                reads.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
            })));

            var claimed = await NaiveRoundAsync(units, round);
            naiveMax = Math.Max(naiveMax, claimed);
            naiveOverbooked += claimed > 5 ? 1 : 0;
        }

        var exact = successes.All(s => s == 5);
        report.Add(new("booking race", $"successes per round ({rounds} rounds)", successes.Min(), "min", "max", successes.Max(), null,
            "exactly 5 every round", exact, string.Join(",", successes)));
        var p95 = Stats.Percentile(latencies, 95);
        var readP95 = Stats.Percentile(reads, 95);
        report.Add(new("booking race", "booking latency p50", Stats.Percentile(latencies, 50), "ms", null, null, null, "", null));
        report.Add(new("booking race", "booking latency p95", p95, "ms", "plain read of the session p95", readP95, p95 / readP95, "<= 5x read p95", p95 <= 5 * readP95));
        report.Add(new("booking race", "naive check-then-insert: rounds overbooked", naiveOverbooked, "rounds", "most claims in one round", naiveMax, null,
            "overbooks at least once", naiveOverbooked > 0));
        if (!exact)
        {
            throw new InvalidOperationException($"Capacity exceeded or under-used: {string.Join(",", successes)}");
        }
    }

    /// <summary>The race the portal avoids: read the session, and if the batch fits, write the claim.</summary>
    private async Task<int> NaiveRoundAsync(List<(Unit Unit, Actor Hr)> units, int round)
    {
        const int capacity = 500, volume = 100;
        var session = 1_000_000 + round + 100 * Convert.ToInt32(_run, 16);
        await using (var db = host.Db())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS NaiveSessions (Id INTEGER PRIMARY KEY, Booked INTEGER)");
            await db.Database.ExecuteSqlAsync($"INSERT OR REPLACE INTO NaiveSessions (Id, Booked) VALUES ({session}, 0)");
        }

        await Task.WhenAll(units.Select(u => Task.Run(async () =>
        {
            await using var db = host.Db();
            var booked = await db.Database.SqlQuery<int>($"SELECT Booked AS Value FROM NaiveSessions WHERE Id = {session}").SingleAsync();
            if (booked + volume <= capacity)
            {
                await db.Database.ExecuteSqlAsync($"UPDATE NaiveSessions SET Booked = {booked + volume} WHERE Id = {session}");
                await db.Database.ExecuteSqlAsync($"INSERT INTO NaiveClaims (SessionId, UnitId) VALUES ({session}, {u.Unit.Id})");
            }
        })));
        await using var check = host.Db();
        return await check.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM NaiveClaims WHERE SessionId = {session}").SingleAsync();
    }

    /// <summary>2. The query behind the booking page (sessions with the capacity left over the window),
    /// against hand-written SQL reading the same rows.</summary>
    public async Task AvailabilityAsync()
    {
        var iterations = smoke ? 30 : 300;
        var service = host.Get<BookingService>();
        await service.GetSlotsAsync(_districtId);
        await HandWrittenSlotsAsync();
        var portal = new List<double>();
        var raw = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var slots = await service.GetSlotsAsync(_districtId);
            portal.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
            start = Stopwatch.GetTimestamp();
            var rows = await HandWrittenSlotsAsync();
            raw.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
            if (i == 0 && rows != slots.Count)
            {
                throw new InvalidOperationException($"hand-written SQL found {rows} sessions, the portal {slots.Count}");
            }
        }

        var p95 = Stats.Percentile(portal, 95);
        var rawP95 = Stats.Percentile(raw, 95);
        report.Add(new("availability", "booking page query p50", Stats.Percentile(portal, 50), "ms", "hand-written SQL p50", Stats.Percentile(raw, 50), null, "", null));
        report.Add(new("availability", "booking page query p95", p95, "ms", "hand-written SQL p95", rawP95, p95 / rawP95, "<= 2x SQL p95", p95 <= 2 * rawP95));
    }

    private async Task<int> HandWrittenSlotsAsync()
    {
        await using var c = host.OpenRaw();
        var today = Shanghai.Today(TimeProvider.System);
        int min = 0, max = 0;
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT WindowMinDaysAhead, WindowMaxDaysAhead FROM Districts WHERE Id = $d";
            cmd.Parameters.AddWithValue("$d", _districtId);
            await using var r = await cmd.ExecuteReaderAsync();
            await r.ReadAsync();
            (min, max) = (r.GetInt32(0), r.GetInt32(1));
        }

        var (first, last) = (today.AddDays(min).ToString("yyyy-MM-dd"), today.AddDays(max).ToString("yyyy-MM-dd"));
        var templates = new List<(long Id, string Weekday)>();
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT Id, Weekday, Label, Start, \"End\", Capacity, PhoneSharePercent FROM SessionTemplates WHERE DistrictId = $d AND Active = 1";
            cmd.Parameters.AddWithValue("$d", _districtId);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                templates.Add((r.GetInt64(0), r.GetString(1)));
            }
        }

        var closed = new HashSet<string>();
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT Date FROM Closures WHERE DistrictId = $d AND Date >= $a AND Date <= $b";
            cmd.Parameters.AddWithValue("$d", _districtId);
            cmd.Parameters.AddWithValue("$a", first);
            cmd.Parameters.AddWithValue("$b", last);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                closed.Add(r.GetString(0));
            }
        }

        var opened = new Dictionary<(long, string), (string Label, long Capacity, long Reserved, long Booked, long BookedPhone)>();
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT TemplateId, Date, Label, Start, \"End\", Capacity, PhoneReserved, Booked, BookedPhone FROM RoomSessions WHERE DistrictId = $d AND Date >= $a AND Date <= $b";
            cmd.Parameters.AddWithValue("$d", _districtId);
            cmd.Parameters.AddWithValue("$a", first);
            cmd.Parameters.AddWithValue("$b", last);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                opened[(r.GetInt64(0), r.GetString(1))] = (r.GetString(2), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8));
            }
        }

        // The same result as the page's: one row per session offered, with what is left for the web.
        var rows = new List<(string Date, long TemplateId, string Label, long Left)>();
        for (var d = today.AddDays(min); d <= today.AddDays(max); d = d.AddDays(1))
        {
            var key = d.ToString("yyyy-MM-dd");
            if (closed.Contains(key))
            {
                continue;
            }

            foreach (var t in templates.Where(t => t.Weekday == d.DayOfWeek.ToString()))
            {
                rows.Add(opened.TryGetValue((t.Id, key), out var s)
                    ? (key, t.Id, s.Label, s.Capacity - s.Booked - Math.Max(0, s.Reserved - s.BookedPhone))
                    : (key, t.Id, "", 0));
            }
        }

        return rows.Count;
    }

    /// <summary>3. One outcome for 500 matters through the service, against a raw ExecuteUpdate of the same rows.</summary>
    public async Task BatchCommitAsync()
    {
        var iterations = smoke ? 3 : 20;
        var clerk = host.Actor("xh.clerk");
        var (visitId, ids) = await BatchOf500Async();
        var service = host.Get<ProcessingService>();
        var portal = new List<double>();
        var raw = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var versions = await ResetAsync(ids);
            var start = Stopwatch.GetTimestamp();
            var recorded = await service.RecordAsync(new OutcomeRequest(visitId, versions, MatterAction.Complete, [], null), clerk);
            portal.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
            if (!recorded.Succeeded || recorded.Value != 500)
            {
                throw new InvalidOperationException(recorded.Message);
            }

            await ResetAsync(ids);
            start = Stopwatch.GetTimestamp();
            await using (var db = host.Db())
            {
                var now = DateTime.UtcNow;
                await db.Matters.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u
                    .SetProperty(m => m.State, MatterState.Completed).SetProperty(m => m.DecidedAtUtc, now).SetProperty(m => m.Version, m => m.Version + 1));
            }

            raw.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
        }

        var median = Stats.Percentile(portal, 50);
        var rawMedian = Stats.Percentile(raw, 50);
        report.Add(new("batch commit", "500 matters, one outcome (median)", median, "ms", "raw ExecuteUpdate of 500 rows", rawMedian, median / rawMedian,
            "<= 5x raw update", median <= 5 * rawMedian));
    }

    private async Task<(int VisitId, List<int> Ids)> BatchOf500Async()
    {
        await using var c = host.OpenRaw();
        var unitId = YearSeeder.Scalar(c, "SELECT Id FROM Units WHERE Code = '310104000001'");
        // A reservation-room batch (it belongs to a booking), as a clerk there records it.
        var bookingId = YearSeeder.Scalar(c, $"SELECT Id FROM Bookings WHERE DistrictId = {_districtId} ORDER BY Id LIMIT 1");
        var visitId = YearSeeder.Scalar(c, $"INSERT INTO Visits (DistrictId, UnitId, CardNumber, PowerOfAttorney, CreatedAtUtc, CreatedById, CreatedByName, BookingId) VALUES ({_districtId}, {unitId}, 'bench', 0, '2026-01-01 00:00:00', 'bench', 'bench', {bookingId}) RETURNING Id");
        using var tx = c.BeginTransaction();
        for (var seq = 1; seq <= 500; seq++)
        {
            YearSeeder.Execute(c, $"INSERT INTO Matters (DistrictId, UnitId, VisitId, FirstVisitId, MatterTypeId, NameZh, NameEn, Position, ReviewLevels, Seq, State, Version) VALUES ({_districtId}, {unitId}, {visitId}, {visitId}, {_newHire}, '新进', 'New hire', 'SettlementChanges', 0, {seq}, 'Pending', 0)");
        }

        tx.Commit();
        await using var db = host.Db();
        return ((int)visitId, await db.Matters.Where(m => m.VisitId == visitId).Select(m => m.Id).ToListAsync());
    }

    private async Task<List<MatterVersion>> ResetAsync(List<int> ids)
    {
        await using var db = host.Db();
        await db.Matters.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u.SetProperty(m => m.State, MatterState.Pending));
        return await db.Matters.Where(m => ids.Contains(m.Id)).Select(m => new MatterVersion(m.Id, m.Version)).ToListAsync();
    }

    /// <summary>4. Booking commits per second with 16 concurrent writers, against raw single-row commits on the same disk.</summary>
    public async Task WriteRateAsync()
    {
        var duration = TimeSpan.FromSeconds(smoke ? 2 : 30);
        var writers = int.TryParse(Environment.GetEnvironmentVariable("BENCH_WRITERS"), out var w) ? w : 16;
        const int sessions = 10;
        var units = await UnitsAsync("RATE", smoke ? 400 : 3000);
        var slots = new List<(int TemplateId, DateOnly Date)>();
        for (var i = 0; i < sessions; i++)
        {
            slots.Add(await SessionAsync($"W{i}", 100_000, 1 + i));
        }

        var next = -1;
        var committed = 0;
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            while (stop.Elapsed < duration)
            {
                var k = Interlocked.Increment(ref next);
                if (k >= units.Count * sessions)
                {
                    return;
                }

                var (unit, hr) = units[k / sessions];
                var (templateId, date) = slots[k % sessions];
                var result = await host.Get<BookingService>().BookAsync(new BookingRequest(unit.Id, [new DeclaredVolume(_newHire, 30)], templateId, date, Guid.NewGuid()), hr);
                if (result.Succeeded)
                {
                    Interlocked.Increment(ref committed);
                }
            }
        })));
        var bookingRate = committed / stop.Elapsed.TotalSeconds;

        await using var c = host.OpenRaw();
        YearSeeder.Execute(c, "CREATE TABLE IF NOT EXISTS RawCommits (Id INTEGER PRIMARY KEY, At TEXT)");
        await using var insert = c.CreateCommand();
        insert.CommandText = "INSERT INTO RawCommits (At) VALUES ($at)";
        var p = insert.Parameters.Add("$at", Microsoft.Data.Sqlite.SqliteType.Text);
        var rawCount = 0;
        stop.Restart();
        while (stop.Elapsed < duration)
        {
            p.Value = DateTime.UtcNow.ToString("O");
            insert.ExecuteNonQuery();
            rawCount++;
        }

        var rawRate = rawCount / stop.Elapsed.TotalSeconds;
        report.Add(new("write rate", $"booking commits/s, {writers} writers", bookingRate, "/s", "raw single-row commits/s (WAL)", rawRate,
            bookingRate / rawRate, ">= 10% of raw", bookingRate >= 0.1 * rawRate));
    }
}
