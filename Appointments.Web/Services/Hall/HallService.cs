using Appointments.Domain.Booking;
using Appointments.Domain.Catalog;
using Appointments.Domain.Common;
using Appointments.Domain.Districts;
using Appointments.Domain.Hall;
using Appointments.Domain.Units;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Appointments.Web.Services.Cards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Appointments.Web.Services.Hall;

/// <summary>The service hall: triage and tickets at the front desk, calling and serving at the windows,
/// and what the live screens show.</summary>
public sealed class HallService(
    IDbContextFactory<AppDbContext> dbFactory,
    CardService cards,
    IOptions<HallOptions> options,
    HallNotifier notifier,
    TimeProvider clock,
    ILogger<HallService> logger)
{
    private static readonly DeclarationValidator Declaration = new();

    /// <summary>The positions a declaration goes to and, for a unit, whether it must book instead.</summary>
    public async Task<Result<Triage>> TriageAsync(CardIdentity who, IReadOnlyList<DeclaredVolume> lines)
    {
        var validation = Declaration.Validate(lines);
        if (!validation.IsValid)
        {
            return Result<Triage>.Refuse("Validation", validation.Errors[0].ErrorMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var declared = lines.Where(l => l.Volume > 0).ToList();
        var ids = declared.Select(l => l.MatterTypeId).ToList();
        var types = await db.MatterTypes.AsNoTracking()
            .Where(t => ids.Contains(t.Id) && t.DistrictId == who.DistrictId && t.Active).ToDictionaryAsync(t => t.Id);
        if (types.Count != ids.Count)
        {
            return Result<Triage>.Refuse("Booking.UnknownMatterType");
        }

        ThresholdVerdict? verdict = null;
        if (who.IsUnit)
        {
            var thresholds = await db.ThresholdChanges.AsNoTracking().Where(t => t.DistrictId == who.DistrictId)
                .OrderByDescending(t => t.Id).Select(t => t.Thresholds).FirstOrDefaultAsync() ?? ThresholdSet.None;
            verdict = ThresholdRule.Judge(thresholds, declared.Select(l => new DeclaredLine(l.MatterTypeId, types[l.MatterTypeId].Category, l.Volume)));
        }

        return Result.Ok(new Triage(HallRouting.Route(types.Values.Select(t => t.Position)), verdict));
    }

    /// <summary>Records the visit and issues one ticket per position it goes to. A unit whose batch
    /// reaches a reservation threshold is refused: it must book the reservation room.</summary>
    public async Task<Result<IReadOnlyList<IssuedTicket>>> IssueAsync(HallVisitSpec spec, Actor actor)
    {
        if (!actor.IsIn(Roles.FrontDesk))
        {
            return Result<IReadOnlyList<IssuedTicket>>.Refuse("Access.Forbidden");
        }

        var read = await cards.ReadAsync(spec.CardNumber, "front-desk-issue", actor);
        if (!read.Succeeded)
        {
            return read.Refusal!;
        }

        var who = read.Value;
        var agent = CardFormat.Normalise(spec.AgentCardNumber ?? "");
        if (!who.IsUnit && (agent.Length > 0) != spec.PowerOfAttorney)
        {
            return Result<IReadOnlyList<IssuedTicket>>.Refuse("Hall.AgentNeedsBoth");
        }

        var triage = await TriageAsync(who, spec.Lines);
        if (!triage.Succeeded)
        {
            return triage.Refusal!;
        }

        if (triage.Value.MustBook)
        {
            return Result<IReadOnlyList<IssuedTicket>>.Refuse("Hall.MustBook", triage.Value.Verdict!.Describe());
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var declared = spec.Lines.Where(l => l.Volume > 0).ToList();
        var ids = declared.Select(l => l.MatterTypeId).ToList();
        var types = await db.MatterTypes.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Shanghai.Today(clock);

        await using var tx = await db.BeginWriteAsync();
        var visit = new Visit(who.DistrictId, who.UnitId, who.PersonId, who.Number, agent.Length > 0 ? agent : null, spec.PowerOfAttorney,
            declared.Select(l => new VisitLine(types[l.MatterTypeId], l.Volume)), now, actor.UserId, actor.Name);
        db.Visits.Add(visit);
        await db.SaveChangesAsync();

        var tickets = new List<Ticket>();
        foreach (var position in triage.Value.Positions)
        {
            var number = await DailyCounters.NextTicketAsync(db, who.DistrictId, today, position);
            var ticket = new Ticket(who.DistrictId, visit.Id, today, position, number, now);
            db.Tickets.Add(ticket);
            tickets.Add(ticket);
        }

        await db.SaveChangesAsync();
        var issued = new List<IssuedTicket>();
        foreach (var t in tickets)
        {
            var ahead = await db.Tickets.CountAsync(o => o.DistrictId == t.DistrictId && o.Date == today && o.Position == t.Position
                && o.Status == TicketStatus.Waiting && o.Id != t.Id);
            issued.Add(new IssuedTicket(t.Id, t.Code, t.Position, t.IssuedAtUtc, ahead));
        }

        await tx.CommitAsync();
        var board = await BoardAsync(db, who.DistrictId, today);
        foreach (var t in tickets)
        {
            notifier.Publish(new HallChange(t.DistrictId, t.Code, null, IsCall: false, board));
        }

        logger.LogInformation("Visit {VisitId}: tickets {Codes} issued by {UserId}", visit.Id, string.Join(",", tickets.Select(t => t.Code)), actor.UserId);
        return Result.Ok<IReadOnlyList<IssuedTicket>>(issued);
    }

    public async Task<IReadOnlyList<HallWindow>> GetWindowsAsync(Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.HallWindows.AsNoTracking().Where(w => w.DistrictId == actor.DistrictId).OrderBy(w => w.Name).ToListAsync();
    }

    /// <summary>A clerk takes a window (and leaves any other they held).</summary>
    public async Task<Result> OpenWindowAsync(int windowId, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var window = await db.HallWindows.FirstOrDefaultAsync(w => w.Id == windowId && w.DistrictId == actor.DistrictId);
        if (window is null || !actor.IsIn(Roles.Clerk))
        {
            return Result.Refuse("Window.NotFound");
        }

        if (window.IsOpen && window.ClerkId != actor.UserId)
        {
            return Result.Refuse("Window.Taken", window.Name, window.ClerkName ?? "");
        }

        foreach (var held in await db.HallWindows.Where(w => w.ClerkId == actor.UserId && w.Id != windowId).ToListAsync())
        {
            held.Close();
        }

        window.Open(actor.UserId, actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return Result.Ok();
    }

    /// <summary>The ticket a window is calling or serving, with its visit.</summary>
    public async Task<WindowTicket?> CurrentAsync(int windowId, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var ticket = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.WindowId == windowId && t.DistrictId == actor.DistrictId
            && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving));
        if (ticket is null)
        {
            return null;
        }

        var visit = await db.Visits.AsNoTracking().Include(v => v.Lines).FirstAsync(v => v.Id == ticket.VisitId);
        var holder = visit.UnitId is { } unitId
            ? await db.Units.Where(u => u.Id == unitId).Select(u => u.Name + "（" + u.Code + "）").FirstAsync()
            : await db.People.Where(p => p.Id == visit.PersonId).Select(p => p.Name).FirstAsync();
        return new WindowTicket(ticket, visit, holder);
    }

    /// <summary>Calls the first waiting ticket of the window's position (first come, first served).
    /// The claim is one conditional update inside the write transaction: two clerks calling at the same
    /// moment never get the same ticket.</summary>
    public async Task<Result<Ticket>> CallNextAsync(int windowId, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var window = await db.HallWindows.AsNoTracking().FirstOrDefaultAsync(w => w.Id == windowId && w.DistrictId == actor.DistrictId);
        if (window is null || window.ClerkId != actor.UserId)
        {
            return Result<Ticket>.Refuse("Window.NotYours");
        }

        if (await db.Tickets.AnyAsync(t => t.WindowId == windowId && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving)))
        {
            return Result<Ticket>.Refuse("Window.Busy");
        }

        var today = Shanghai.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var next = await db.Tickets.Where(t => t.DistrictId == window.DistrictId && t.Date == today && t.Position == window.Position && t.Status == TicketStatus.Waiting)
            .OrderBy(t => t.QueuedAtUtc).ThenBy(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync();
        var claimed = next is { } id && await db.Tickets.Where(t => t.Id == id && t.Status == TicketStatus.Waiting)
            .ExecuteUpdateAsync(u => u
                .SetProperty(t => t.Status, TicketStatus.Called)
                .SetProperty(t => t.WindowId, windowId)
                .SetProperty(t => t.WindowName, window.Name)
                .SetProperty(t => t.CalledAtUtc, now)
                .SetProperty(t => t.CallCount, 1)
                .SetProperty(t => t.Version, t => t.Version + 1)) == 1;
        if (!claimed)
        {
            return Result<Ticket>.Refuse("Window.QueueEmpty");
        }

        await tx.CommitAsync();
        var ticket = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == next);
        notifier.Publish(new HallChange(ticket.DistrictId, ticket.Code, window.Name, IsCall: true, await BoardAsync(db, ticket.DistrictId, today)));
        return Result.Ok(ticket);
    }

    /// <summary>Recall, no-show, transfer, serve or finish a ticket, through the transition table;
    /// a ticket changed meanwhile by someone else is refused.</summary>
    public async Task<Result> ActAsync(int ticketId, int version, TicketAction action, Actor actor, CounterPosition? transferTo = null)
    {
        if (action == TicketAction.Call)
        {
            return Result.Refuse("Ticket.IllegalTransition", DomainText.Get("TicketAction.Call"), "");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var ticket = await db.Tickets.FirstOrDefaultAsync(t => t.Id == ticketId && t.DistrictId == actor.DistrictId);
        if (ticket is null)
        {
            return Result.Refuse("Ticket.NotFound");
        }

        if (ticket.Version != version)
        {
            return Result.Refuse("Ticket.Changed", DomainText.Get($"TicketStatus.{ticket.Status}"));
        }

        if (actor.IsIn(Roles.Clerk) && !actor.IsIn(Roles.FrontDesk) && ticket.WindowId is { } w
            && !await db.HallWindows.AnyAsync(x => x.Id == w && x.ClerkId == actor.UserId))
        {
            return Result.Refuse("Window.NotYours");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var windowName = ticket.WindowName;
        var applied = ticket.Apply(action, actor.Roles, now, options.Value.NoShowAfterCalls, transferTo);
        if (!applied.Succeeded)
        {
            return applied;
        }

        if (action == TicketAction.Serve)
        {
            var visit = await db.Visits.FirstAsync(v => v.Id == ticket.VisitId);
            visit.StartServing(ticket.WindowId!.Value, actor.UserId, actor.Name, now);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Refuse("Ticket.Changed", "");
        }

        notifier.Publish(new HallChange(ticket.DistrictId, ticket.Code, windowName, IsCall: action == TicketAction.Recall,
            await BoardAsync(db, ticket.DistrictId, ticket.Date)));
        return Result.Ok();
    }

    /// <summary>The public display of a district: the latest calls and the queue lengths.</summary>
    public async Task<(District District, HallBoard Board)?> GetBoardAsync(string districtCode)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var district = await db.Districts.AsNoTracking().FirstOrDefaultAsync(d => d.Code == districtCode);
        if (district is null)
        {
            return null;
        }

        return (district, await BoardAsync(db, district.Id, Shanghai.Today(clock)));
    }

    private static async Task<HallBoard> BoardAsync(AppDbContext db, int districtId, DateOnly today, int calls = 8)
    {
        var latest = await db.Tickets.AsNoTracking()
            .Where(t => t.DistrictId == districtId && t.Date == today && t.CalledAtUtc != null && t.WindowName != null)
            .OrderByDescending(t => t.CalledAtUtc).Take(calls)
            .Select(t => new { t.Code, t.WindowName, t.CalledAtUtc }).ToListAsync();
        return new HallBoard(latest.Select(t => (t.Code, t.WindowName!, t.CalledAtUtc!.Value)).ToList(), await WaitingAsync(db, districtId, today));
    }

    /// <summary>The front desk's live view: per position, how many wait, the average wait of the tickets
    /// called today, and how long the longest-waiting has waited.</summary>
    public async Task<IReadOnlyList<PositionLoad>> GetLoadAsync(int districtId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var today = Shanghai.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.DistrictId == districtId && t.Date == today)
            .Select(t => new { t.Position, t.Status, t.IssuedAtUtc, t.QueuedAtUtc, t.CalledAtUtc }).ToListAsync();
        return Enum.GetValues<CounterPosition>().Select(p =>
        {
            var mine = tickets.Where(t => t.Position == p).ToList();
            var waiting = mine.Where(t => t.Status == TicketStatus.Waiting).ToList();
            var called = mine.Where(t => t.CalledAtUtc is not null).Select(t => t.CalledAtUtc!.Value - t.IssuedAtUtc).ToList();
            return new PositionLoad(p, waiting.Count,
                called.Count == 0 ? null : TimeSpan.FromTicks((long)called.Average(c => c.Ticks)),
                waiting.Count == 0 ? null : now - waiting.Min(t => t.QueuedAtUtc));
        }).ToList();
    }

    private static async Task<IReadOnlyDictionary<CounterPosition, int>> WaitingAsync(AppDbContext db, int districtId, DateOnly today)
    {
        var counts = await db.Tickets.Where(t => t.DistrictId == districtId && t.Date == today && t.Status == TicketStatus.Waiting)
            .GroupBy(t => t.Position).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return Enum.GetValues<CounterPosition>().ToDictionary(p => p, p => counts.GetValueOrDefault(p));
    }
}
