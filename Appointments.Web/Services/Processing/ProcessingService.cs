using Appointments.Domain.Booking;
using Appointments.Domain.Common;
using Appointments.Domain.Hall;
using Appointments.Domain.Processing;
using Appointments.Domain.Units;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Appointments.Web.Services.Cards;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Services.Processing;

/// <summary>Processing a visit's batch: reservation-room check-in, hall visits opened from a served
/// ticket, recording outcomes (one or many matters in one action, each saved at once), and resuming
/// incomplete matters on a later visit.</summary>
public sealed class ProcessingService(
    IDbContextFactory<AppDbContext> dbFactory,
    CardService cards,
    IValidator<OutcomeRequest> validator,
    TimeProvider clock,
    ILogger<ProcessingService> logger)
{
    /// <summary>Reads the unit's card in the reservation room and opens today's booking as a batch.</summary>
    public async Task<Result<CheckedIn>> CheckInAsync(string cardNumber, Actor actor)
    {
        if (!actor.IsIn(Roles.Clerk))
        {
            return Result<CheckedIn>.Refuse("Access.Forbidden");
        }

        var read = await cards.ReadAsync(cardNumber, "reservation-room", actor);
        if (!read.Succeeded)
        {
            return read.Refusal!;
        }

        if (read.Value.UnitId is not { } unitId)
        {
            return Result<CheckedIn>.Refuse("CheckIn.NoBooking", read.Value.Name);
        }

        var today = Shanghai.Today(clock);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var nowLocal = Shanghai.ToLocal(nowUtc);
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var bookings = await db.Bookings.Include(b => b.Session).Include(b => b.Lines)
            .Where(b => b.UnitId == unitId && b.Session.Date == today && (b.Status == BookingStatus.Active || b.Status == BookingStatus.CheckedIn))
            .ToListAsync();
        var booking = bookings.OrderBy(b => b.Session.Start).FirstOrDefault(b => nowLocal.TimeOfDay <= b.Session.End.ToTimeSpan())
            ?? bookings.OrderBy(b => b.Session.Start).LastOrDefault();
        if (booking is null)
        {
            return Result<CheckedIn>.Refuse("CheckIn.NoBooking", read.Value.Name);
        }

        var arrival = Arrival.Judge(booking.Session, nowLocal);
        if (booking.Status == BookingStatus.CheckedIn)
        {
            // Reading the card again finds the batch already open.
            return Result.Ok(new CheckedIn(booking.VisitId!.Value, booking.Reference, arrival.Succeeded ? arrival.Value : new Arrival(ArrivalKind.Late, 0)));
        }

        if (!arrival.Succeeded)
        {
            return arrival.Refusal!;
        }

        var typeIds = booking.Lines.Select(l => l.MatterTypeId).ToList();
        var types = await db.MatterTypes.Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id);
        var visit = Visit.CheckIn(booking, read.Value.Number,
            booking.Lines.Where(l => l.Volume > 0).Select(l => new VisitLine(types[l.MatterTypeId], l.Volume)), nowUtc, actor.UserId, actor.Name);
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        booking.CheckIn(visit.Id, nowUtc);
        AddMatters(db, visit, types);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        logger.LogInformation("Booking {Reference} checked in as visit {VisitId} by {UserId}", booking.Reference, visit.Id, actor.UserId);
        return Result.Ok(new CheckedIn(visit.Id, booking.Reference, arrival.Value));
    }

    /// <summary>The visit of a ticket a window is serving, its matters made on first open.</summary>
    public async Task<Result<int>> OpenHallVisitAsync(int ticketId, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var ticket = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == ticketId && t.DistrictId == actor.DistrictId);
        if (ticket is null || ticket.Status != TicketStatus.Serving || !actor.IsIn(Roles.Clerk))
        {
            return Result<int>.Refuse("Ticket.NotServing");
        }

        if (!await db.Matters.AnyAsync(m => m.FirstVisitId == ticket.VisitId))
        {
            var visit = await db.Visits.Include(v => v.Lines).FirstAsync(v => v.Id == ticket.VisitId);
            var typeIds = visit.Lines.Select(l => l.MatterTypeId).ToList();
            AddMatters(db, visit, await db.MatterTypes.Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id));
            await db.SaveChangesAsync();
        }

        await tx.CommitAsync();
        return Result.Ok(ticket.VisitId);
    }

    private static void AddMatters(AppDbContext db, Visit visit, IReadOnlyDictionary<int, Domain.Catalog.MatterType> types)
    {
        foreach (var line in visit.Lines)
        {
            for (var seq = 1; seq <= line.Volume; seq++)
            {
                db.Matters.Add(new Matter(visit.DistrictId, visit.UnitId, visit.PersonId, visit.Id, types[line.MatterTypeId], seq));
            }
        }
    }

    public async Task<Batch?> GetBatchAsync(int visitId, Actor actor, int? ticketId = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var visit = await db.Visits.AsNoTracking().Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == visitId && v.DistrictId == actor.DistrictId);
        if (visit is null || !actor.IsStaff)
        {
            return null;
        }

        var matters = await db.Matters.AsNoTracking().Where(m => m.VisitId == visitId).OrderBy(m => m.MatterTypeId).ThenBy(m => m.Seq).ToListAsync();
        Domain.Catalog.CounterPosition? position = null;
        if (ticketId is { } tid && await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tid && t.VisitId == visitId) is { } ticket)
        {
            // A window processes the matters its position handles; the special position takes the whole visit.
            var routes = await db.Tickets.Where(t => t.VisitId == visitId).Select(t => t.Position).ToListAsync();
            position = ticket.Position;
            matters = matters.Where(m => HallRouting.HandledAt(m.Position, routes) == ticket.Position).ToList();
        }

        var typeIds = matters.Select(m => m.MatterTypeId).Distinct().ToList();
        var materials = await db.MatterTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => (IReadOnlyList<string>)t.Materials.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var documents = await db.Documents.AsNoTracking().Include(d => d.Lines).Where(d => d.VisitId == visitId).OrderBy(d => d.Id).ToListAsync();
        var holder = visit.UnitId is { } unitId
            ? await db.Units.Where(u => u.Id == unitId).Select(u => u.Name + "（" + u.Code + "）").FirstAsync()
            : await db.People.Where(p => p.Id == visit.PersonId).Select(p => p.Name).FirstAsync();
        var reference = visit.BookingId is { } bookingId ? await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.Reference).FirstAsync() : null;
        var resumable = await ResumableQuery(db, visit).CountAsync();
        return new Batch(visit, holder, reference, matters, materials, documents, resumable, position);
    }

    /// <summary>Records one outcome for the chosen matters in one transaction. Every matter must still be
    /// as the clerk saw it (its version): otherwise nothing is recorded and the clerk is told which
    /// changed. The domain decides each transition; the change is then written set-based.</summary>
    public async Task<Result<int>> RecordAsync(OutcomeRequest request, Actor actor)
    {
        var validation = await validator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return Result<int>.Refuse("Validation", validation.Errors[0].ErrorMessage);
        }

        if (!actor.IsIn(Roles.Clerk))
        {
            return Result<int>.Refuse("Access.Forbidden");
        }

        var ids = request.Matters.Select(m => m.MatterId).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var matters = await db.Matters.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.VisitId == request.VisitId && m.DistrictId == actor.DistrictId).ToListAsync();
        if (matters.Count != ids.Count)
        {
            return Result<int>.Refuse("Matter.NotInBatch");
        }

        var window = await CheckWindowAsync(db, request, matters, actor);
        if (!window.Succeeded)
        {
            return window.Refusal!;
        }

        var expected = request.Matters.ToDictionary(m => m.MatterId, m => m.Version);
        var changed = matters.Where(m => m.Version != expected[m.Id]).ToList();
        if (changed.Count > 0)
        {
            var first = changed[0];
            return Result<int>.Refuse("Matter.Changed", changed.Count, $"{first.NameZh} #{first.Seq}",
                DomainText.Get($"MatterState.{first.State}"), first.DecidedByName ?? "");
        }

        if (request.Action == MatterAction.MarkIncomplete)
        {
            var typeIds = matters.Select(m => m.MatterTypeId).Distinct().ToList();
            var lists = await db.MatterTypes.Where(t => typeIds.Contains(t.Id)).Select(t => t.Materials).ToListAsync();
            if (lists.Any(list => request.Missing.Any(item => !list.Split('\n').Contains(item))))
            {
                return Result<int>.Refuse("Matter.MissingNotListed");
            }
        }

        MatterState? to = null;
        foreach (var matter in matters)
        {
            var recorded = matter.Record(request.Action, actor.Roles, request.Missing, request.Reason, now, actor.UserId, actor.Name);
            if (!recorded.Succeeded)
            {
                return recorded.Refusal!;
            }

            to = matter.State;
        }

        var missing = request.Action == MatterAction.MarkIncomplete ? string.Join('\n', request.Missing) : null;
        var reason = request.Action == MatterAction.Refuse ? request.Reason!.Trim() : null;
        var state = to!.Value;
        await db.Matters.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.State, state)
            .SetProperty(m => m.Missing, missing)
            .SetProperty(m => m.RefusalReason, reason)
            .SetProperty(m => m.DecidedAtUtc, now)
            .SetProperty(m => m.DecidedById, actor.UserId)
            .SetProperty(m => m.DecidedByName, actor.Name)
            .SetProperty(m => m.Version, m => m.Version + 1));
        await AddEventsAsync(db, ids, request.Action.ToString(), state, missing?.Replace('\n', '、') ?? reason, now, actor);
        await tx.CommitAsync();
        logger.LogInformation("{Count} matters of visit {VisitId} recorded {Action} by {UserId}", ids.Count, request.VisitId, request.Action, actor.UserId);
        return Result.Ok(ids.Count);
    }

    /// <summary>A hall visit is processed only through the ticket the clerk's window is serving, and only
    /// the matters that ticket's position handles (the special position takes the whole visit). A
    /// reservation-room visit has no ticket.</summary>
    private static async Task<Result> CheckWindowAsync(AppDbContext db, OutcomeRequest request, List<Matter> matters, Actor actor)
    {
        var bookingId = await db.Visits.Where(v => v.Id == request.VisitId).Select(v => v.BookingId).FirstAsync();
        if (bookingId is not null)
        {
            return Result.Ok();
        }

        var ticket = request.TicketId is { } ticketId
            ? await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == ticketId && t.VisitId == request.VisitId && t.Status == TicketStatus.Serving)
            : null;
        if (ticket is null || !await db.HallWindows.AnyAsync(w => w.Id == ticket.WindowId && w.ClerkId == actor.UserId))
        {
            return Result.Refuse("Ticket.NotServing");
        }

        var routes = await db.Tickets.Where(t => t.VisitId == request.VisitId).Select(t => t.Position).ToListAsync();
        return matters.All(m => HallRouting.HandledAt(m.Position, routes) == ticket.Position)
            ? Result.Ok()
            : Result.Refuse("Matter.OtherPosition");
    }

    /// <summary>Brings incomplete matters into this visit: those of a processing notice, or (with no
    /// number) every incomplete matter of the visit's unit or person from earlier visits.</summary>
    public async Task<Result<int>> ResumeAsync(int visitId, string? noticeNumber, Actor actor)
    {
        if (!actor.IsIn(Roles.Clerk))
        {
            return Result<int>.Refuse("Access.Forbidden");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == visitId && v.DistrictId == actor.DistrictId);
        if (visit is null)
        {
            return Result<int>.Refuse("Matter.NotInBatch");
        }

        var query = ResumableQuery(db, visit);
        if (!string.IsNullOrWhiteSpace(noticeNumber))
        {
            var number = noticeNumber.Trim().ToUpperInvariant();
            var notice = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Number == number
                && d.Kind == Domain.Documents.DocumentKind.ProcessingNotice && d.DistrictId == visit.DistrictId);
            if (notice is null || notice.UnitId != visit.UnitId || notice.PersonId != visit.PersonId)
            {
                return Result<int>.Refuse("Matter.NoticeNotFound", number);
            }

            query = query.Where(m => db.DocumentLines.Any(l => l.DocumentId == notice.Id && l.MatterId == m.Id));
        }

        var ids = await query.Select(m => m.Id).ToListAsync();
        if (ids.Count == 0)
        {
            return Result<int>.Refuse("Matter.NothingToResume");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.Matters.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.VisitId, visitId)
            .SetProperty(m => m.Version, m => m.Version + 1));
        await AddEventsAsync(db, ids, "Resume", MatterState.Incomplete, noticeNumber, now, actor);
        await tx.CommitAsync();
        return Result.Ok(ids.Count);
    }

    /// <summary>What a unit's HR staff see: their matters by visit, type and state, with documents.</summary>
    public async Task<IReadOnlyList<MatterSummary>> SummaryForUnitAsync(Actor actor)
    {
        if (!actor.IsIn(Roles.UnitHr) || actor.UnitId is not { } unitId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var rows = await (
            from m in db.Matters
            where m.UnitId == unitId
            join v in db.Visits on m.FirstVisitId equals v.Id
            group m by new { v.CreatedAtUtc, m.NameZh, m.State } into g
            select new { g.Key.CreatedAtUtc, g.Key.NameZh, g.Key.State, Count = g.Count(), Ids = g.Select(x => x.Id).ToList() })
            .ToListAsync();
        var allIds = rows.SelectMany(r => r.Ids).ToList();
        var docs = await (
            from l in db.DocumentLines
            join d in db.Documents on l.DocumentId equals d.Id
            where allIds.Contains(l.MatterId)
            select new { l.MatterId, d.Number, d.PickupDate }).ToListAsync();
        var byMatter = docs.ToLookup(d => d.MatterId);
        return rows.OrderByDescending(r => r.CreatedAtUtc).ThenBy(r => r.NameZh).Select(r =>
        {
            var mine = r.Ids.SelectMany(id => byMatter[id]).ToList();
            return new MatterSummary(r.CreatedAtUtc, r.NameZh, r.State, r.Count,
                mine.Count == 0 ? null : string.Join("、", mine.Select(d => d.Number).Distinct()),
                mine.Select(d => d.PickupDate).FirstOrDefault(p => p is not null));
        }).ToList();
    }

    private static IQueryable<Matter> ResumableQuery(AppDbContext db, Visit visit) =>
        db.Matters.Where(m => m.State == MatterState.Incomplete && m.VisitId != visit.Id && m.DistrictId == visit.DistrictId
            && (visit.UnitId != null ? m.UnitId == visit.UnitId : m.PersonId == visit.PersonId));

    /// <summary>One audit row per matter, written set-based in the same transaction.</summary>
    internal static Task AddEventsAsync(AppDbContext db, List<int> ids, string what, MatterState state, string? detail, DateTime now, Actor actor)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ids);
        var stateName = state.ToString();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO "MatterEvents" ("MatterId", "What", "State", "Detail", "AtUtc", "ById", "ByName")
            SELECT value, {what}, {stateName}, {detail}, {now}, {actor.UserId}, {actor.Name} FROM json_each({json})
            """);
    }
}
