using Appointments.Domain.Booking;
using Appointments.Domain.Common;
using Appointments.Domain.Districts;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Appointments.Web.Notifications;
using Appointments.Web.Services.Catalog;
using Appointments.Web.Services.Units;
using FluentValidation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using BookingEntity = Appointments.Domain.Booking.Booking;

namespace Appointments.Web.Services.Booking;

/// <summary>Booking, rescheduling and cancelling reservation-room sessions. Capacity is claimed with a
/// conditional update checked by its affected-row count inside the transaction, never check-then-insert.</summary>
public sealed class BookingService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<BookingRequest> validator,
    TimeProvider clock,
    OutboxSignal outbox,
    SessionAdmission admission,
    PortalDatabase database,
    ILogger<BookingService> logger)
{
    public async Task<Result<BookingForm>> GetFormAsync(int unitId, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId);
        if (unit is null || !UnitAccess.CanSee(actor, unit))
        {
            return Result<BookingForm>.Refuse("Booking.UnitNotFound");
        }

        var district = await db.Districts.AsNoTracking().FirstAsync(d => d.Id == unit.DistrictId);
        var types = await CatalogService.ActiveTypesAsync(db, unit.DistrictId);
        var thresholds = await CurrentThresholds(db, unit.DistrictId);
        return Result.Ok(new BookingForm(unit, district, types, thresholds?.Thresholds ?? ThresholdSet.None));
    }

    /// <summary>The sessions of the booking window with what is left of each for the channel: the booking
    /// page's hot query, as plain SELECTs (see the benchmark's availability scenario).</summary>
    public Task<IReadOnlyList<SessionSlot>> GetSlotsAsync(int districtId) =>
        AvailabilityQuery.RunAsync(database.ConnectionString, districtId, Shanghai.Today(clock));

    public async Task<Result<BookingEntity>> BookAsync(BookingRequest request, Actor actor)
    {
        var validation = await validator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return Result<BookingEntity>.Refuse("Validation", validation.Errors[0].ErrorMessage);
        }

        // First the session's room as this process knows it: in a burst on a full session (200 units
        // after the last 5 places) the attempts that cannot fit end here, before any database read.
        var channel = actor.IsIn(Roles.UnitHr) ? BookingChannel.Web : BookingChannel.Phone;
        var volume = request.Lines.Sum(l => l.Volume);
        var (reserved, remaining) = await admission.TryReserveAsync(request.TemplateId, request.Date, channel, volume,
            () => CountersAsync(request.TemplateId, request.Date));
        if (!reserved)
        {
            // Unless this very form booked the last place a moment ago (a double submit).
            return admission.WasBooked(request.IdempotencyKey)
                ? await FindByKeyAsync(request.IdempotencyKey)
                : Result<BookingEntity>.Refuse("Booking.SessionFull", remaining, volume);
        }

        var created = false;
        try
        {
            (var result, created) = await BookReservedAsync(request, actor, channel, volume);
            if (created)
            {
                admission.Booked(request.IdempotencyKey);
            }

            if (result.Refusal?.Code == "Booking.SessionFull")
            {
                // The database knew better (another process booked): read the session afresh next time.
                admission.Forget(request.TemplateId, request.Date);
            }

            return result;
        }
        finally
        {
            if (!created)
            {
                admission.Release(request.TemplateId, request.Date, channel, volume);
            }
        }
    }

    /// <summary>The checks and the write of a booking admitted by <see cref="SessionAdmission"/>;
    /// <c>Created</c> is false when it made none (a refusal, or the booking the same form already made).</summary>
    private async Task<(Result<BookingEntity> Result, bool Created)> BookReservedAsync(BookingRequest request, Actor actor, BookingChannel channel, int volume)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        // One connection for the dozen statements of a booking, not one opened (and configured) per statement.
        await db.Database.OpenConnectionAsync();
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UnitId);
        if (unit is null || !UnitAccess.CanBook(actor, unit))
        {
            logger.LogWarning("User {UserId} tried to book for unit {UnitId} outside their scope", actor.UserId, request.UnitId);
            return (Result<BookingEntity>.Refuse("Booking.UnitNotFound"), false);
        }

        // A second submit of a form that already booked finds its booking.
        if (await db.Bookings.AsNoTracking().AnyAsync(b => b.IdempotencyKey == request.IdempotencyKey))
        {
            return (await FindByKeyAsync(request.IdempotencyKey), false);
        }

        var ids = request.Lines.Select(l => l.MatterTypeId).ToList();
        var types = await db.MatterTypes.AsNoTracking().Where(t => ids.Contains(t.Id) && t.DistrictId == unit.DistrictId && t.Active)
            .ToDictionaryAsync(t => t.Id);
        if (types.Count != ids.Count)
        {
            return (Result<BookingEntity>.Refuse("Booking.UnknownMatterType"), false);
        }

        var lines = request.Lines.Select(l => new BookingLine(types[l.MatterTypeId], l.Volume)).ToList();
        var thresholds = await CurrentThresholds(db, unit.DistrictId);
        var verdict = ThresholdRule.Judge(thresholds?.Thresholds ?? ThresholdSet.None, lines.Select(l => l.AsDeclared()));
        if (!verdict.RequiresReservation)
        {
            return (Result<BookingEntity>.Refuse("Booking.BelowThreshold", verdict.Describe()), false);
        }

        if (await TemplateAsync(db, unit.DistrictId, request.TemplateId, request.Date) is not { } template)
        {
            return (Result<BookingEntity>.Refuse("Booking.NoSuchSession"), false);
        }

        return await BookAdmittedAsync(db, request, actor, new Draft(unit, template, lines, volume, channel, thresholds));
    }

    /// <summary>What is read before the write: the unit, the session's template, the lines and the thresholds judged by.</summary>
    private sealed record Draft(Domain.Units.Unit Unit, SessionTemplate Template, List<BookingLine> Lines, int Volume,
        BookingChannel Channel, ThresholdChange? Thresholds);

    /// <summary>The write transaction of a booking, kept short (the writers of the whole portal take turns
    /// at it): the window and closures, the session, one booking per unit and session, the claim.
    /// <c>Created</c> is false when it made none (a refusal, or the booking the same form already made).</summary>
    private async Task<(Result<BookingEntity> Result, bool Created)> BookAdmittedAsync(AppDbContext db, BookingRequest request, Actor actor, Draft draft)
    {
        var district = await db.Districts.AsNoTracking().FirstAsync(d => d.Id == draft.Unit.DistrictId);
        await using var tx = await db.BeginWriteAsync();
        var opened = await OpenSessionAsync(db, district, draft.Template, request.Date);
        if (!opened.Succeeded)
        {
            return (opened.Refusal!, false);
        }

        // One booking per unit and session; the one found may be this very form's, submitted twice at once.
        var session = opened.Value;
        var existing = await db.Bookings.Where(b => b.UnitId == draft.Unit.Id && b.SessionId == session.Id && b.Status == BookingStatus.Active)
            .Select(b => new { b.Reference, b.IdempotencyKey }).FirstOrDefaultAsync();
        if (existing is not null)
        {
            return existing.IdempotencyKey == request.IdempotencyKey
                ? (await FindByKeyAsync(request.IdempotencyKey), false)
                : (Result<BookingEntity>.Refuse("Booking.DuplicateForSession", existing.Reference), false);
        }

        if (!await ClaimAsync(db, session.Id, draft.Volume, draft.Channel))
        {
            return (await FullAsync(db, session.Id, draft.Volume, draft.Channel), false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var booking = new BookingEntity(BookingReference.New(Shanghai.Today(clock)), district.Id, draft.Unit.Id, session, draft.Lines,
            draft.Thresholds, draft.Channel, actor.UserId, actor.Name, now, request.IdempotencyKey);
        db.Bookings.Add(booking);
        db.Outbox.Add(BookingMail.Compose(BookingMailKind.Confirmed, booking, draft.Unit, district, now));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync();
                break;
            }
            catch (DbUpdateException e) when (IsUnique(e, "Reference") && attempt < 5)
            {
                booking.Renumber(BookingReference.New(Shanghai.Today(clock)));
            }
            catch (DbUpdateException e) when (IsUnique(e, "IdempotencyKey"))
            {
                // The same form submitted at once from another process: the first made the booking.
                await tx.RollbackAsync();
                return (await FindByKeyAsync(request.IdempotencyKey), false);
            }
        }

        await tx.CommitAsync();

        outbox.Notify();
        logger.LogInformation("Booking {Reference} made by {UserId} for unit {UnitId} ({Channel}, {Volume})",
            booking.Reference, actor.UserId, draft.Unit.Id, draft.Channel, draft.Volume);
        return (Result.Ok(booking), true);
    }

    public async Task<Result<BookingEntity>> RescheduleAsync(int bookingId, int templateId, DateOnly date, int expectedSequence, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var found = await FindForChangeAsync(db, bookingId, expectedSequence, actor);
        if (!found.Succeeded)
        {
            return found;
        }

        var booking = found.Value;
        var district = await db.Districts.FirstAsync(d => d.Id == booking.DistrictId);
        if (await TemplateAsync(db, district.Id, templateId, date) is not { } template)
        {
            return Result<BookingEntity>.Refuse("Booking.NoSuchSession");
        }

        var opened = await OpenSessionAsync(db, district, template, date);
        if (!opened.Succeeded)
        {
            return opened.Refusal!;
        }

        var target = opened.Value;
        if (target.Id == booking.SessionId)
        {
            return Result<BookingEntity>.Refuse("Booking.SameSession");
        }

        var duplicate = await db.Bookings.Where(b => b.UnitId == booking.UnitId && b.SessionId == target.Id && b.Status == BookingStatus.Active)
            .Select(b => b.Reference).FirstOrDefaultAsync();
        if (duplicate is not null)
        {
            return Result<BookingEntity>.Refuse("Booking.DuplicateForSession", duplicate);
        }

        if (!await ClaimAsync(db, target.Id, booking.TotalVolume, booking.Channel))
        {
            return await FullAsync(db, target.Id, booking.TotalVolume, booking.Channel);
        }

        var (fromTemplate, fromDate) = (booking.Session.TemplateId, booking.Session.Date);
        await ReleaseAsync(db, booking);
        var now = clock.GetUtcNow().UtcDateTime;
        booking.MoveTo(target, actor.Name, now);
        var moved = await SaveChangeAsync(db, tx, booking, BookingMailKind.Rescheduled, district, now);
        // After the commit: both sessions changed outside a reservation.
        admission.Forget(target.TemplateId, target.Date);
        admission.Forget(fromTemplate, fromDate);
        return moved;
    }

    public async Task<Result<BookingEntity>> CancelAsync(int bookingId, int expectedSequence, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var found = await FindForChangeAsync(db, bookingId, expectedSequence, actor);
        if (!found.Succeeded)
        {
            return found;
        }

        var booking = found.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await ReleaseAsync(db, booking);
        booking.Cancel(actor.Name, now);
        var district = await db.Districts.FirstAsync(d => d.Id == booking.DistrictId);
        var cancelled = await SaveChangeAsync(db, tx, booking, BookingMailKind.Cancelled, district, now);
        admission.Forget(booking.Session.TemplateId, booking.Session.Date);
        return cancelled;
    }

    public async Task<IReadOnlyList<BookingEntity>> ListForUnitAsync(int unitId, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId);
        if (unit is null || !UnitAccess.CanSee(actor, unit))
        {
            return [];
        }

        return await WithSession(db).AsNoTracking().Where(b => b.UnitId == unitId)
            .OrderByDescending(b => b.Session.Date).ThenByDescending(b => b.Session.Start).ToListAsync();
    }

    /// <summary>A booking by reference, or null when it does not exist or is outside the actor's scope
    /// (the same answer, so a reference cannot be probed; the attempt is logged).</summary>
    public async Task<BookingEntity?> GetAsync(string reference, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var booking = await WithSession(db).AsNoTracking().FirstOrDefaultAsync(b => b.Reference == reference);
        if (booking is not null && !UnitAccess.CanSee(actor, booking.UnitId, booking.DistrictId))
        {
            logger.LogWarning("User {UserId} (unit {UnitId}) opened booking {Reference} of unit {OtherUnit}: answered not found",
                actor.UserId, actor.UnitId, reference, booking.UnitId);
            return null;
        }

        return booking;
    }

    /// <summary>A session's counters as the database has them, or its template's when not yet opened. An
    /// unknown session is given unlimited room: the write transaction then refuses it with the reason.</summary>
    private async Task<SessionAdmission.Counters> CountersAsync(int templateId, DateOnly date)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var session = await db.RoomSessions.AsNoTracking().Where(s => s.TemplateId == templateId && s.Date == date)
            .Select(s => new SessionAdmission.Counters(s.Capacity, s.PhoneReserved, s.Booked, s.BookedPhone)).FirstOrDefaultAsync();
        if (session is not null)
        {
            return session;
        }

        var template = await db.SessionTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId && t.Active);
        return template is null ? new(int.MaxValue, 0, 0, 0) : new(template.Capacity, template.PhoneReserved, 0, 0);
    }

    private async Task<Result<BookingEntity>> FindForChangeAsync(AppDbContext db, int bookingId, int expectedSequence, Actor actor)
    {
        var booking = await WithSession(db).FirstOrDefaultAsync(b => b.Id == bookingId);
        if (booking is null || !UnitAccess.CanSee(actor, booking.UnitId, booking.DistrictId)
            || !(actor.IsIn(Roles.UnitHr) || actor.IsIn(Roles.FrontDesk)))
        {
            logger.LogWarning("User {UserId} tried to change booking {BookingId} outside their scope", actor.UserId, bookingId);
            return Result<BookingEntity>.Refuse("Booking.NotFound");
        }

        if (!booking.IsActive)
        {
            return Result<BookingEntity>.Refuse("Booking.NotActive", DomainText.Get($"BookingStatus.{booking.Status}"));
        }

        if (booking.Sequence != expectedSequence)
        {
            return Result<BookingEntity>.Refuse("Booking.Changed");
        }

        return booking.Session.Date < Shanghai.Today(clock)
            ? Result<BookingEntity>.Refuse("Booking.Past")
            : Result.Ok(booking);
    }

    private async Task<Result<BookingEntity>> SaveChangeAsync(AppDbContext db, WriteTransaction tx,
        BookingEntity booking, BookingMailKind kind, District district, DateTime now)
    {
        var unit = await db.Units.FirstAsync(u => u.Id == booking.UnitId);
        db.Outbox.Add(BookingMail.Compose(kind, booking, unit, district, now));
        try
        {
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<BookingEntity>.Refuse("Booking.Changed");
        }
        catch (DbUpdateException e) when (IsUnique(e, "SessionId"))
        {
            return Result<BookingEntity>.Refuse("Booking.DuplicateForSession", booking.Reference);
        }

        outbox.Notify();
        return Result.Ok(booking);
    }

    /// <summary>The dated session to book, made on first use. Runs inside the write transaction, which
    /// SQLite takes with BEGIN IMMEDIATE, so two first bookings cannot both make it.</summary>
    private async Task<Result<RoomSession>> OpenSessionAsync(AppDbContext db, District district, SessionTemplate template, DateOnly date)
    {
        var closure = await db.Closures.AsNoTracking().FirstOrDefaultAsync(c => c.DistrictId == district.Id && c.Date == date);
        var bookable = RoomCalendar.CheckBookable(Shanghai.Today(clock), date, district.Window, closure);
        if (!bookable.Succeeded)
        {
            return bookable.Refusal!;
        }

        var session = await db.RoomSessions.FirstOrDefaultAsync(s => s.TemplateId == template.Id && s.Date == date);
        if (session is null)
        {
            session = RoomSession.Open(template, date);
            db.RoomSessions.Add(session);
            await db.SaveChangesAsync();
        }

        return Result.Ok(session);
    }

    private static Task<SessionTemplate?> TemplateAsync(AppDbContext db, int districtId, int templateId, DateOnly date) =>
        db.SessionTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId && t.DistrictId == districtId && t.Active && t.Weekday == date.DayOfWeek);

    /// <summary>Takes <paramref name="volume"/> of the session only if it still fits, in one statement.</summary>
    private static async Task<bool> ClaimAsync(AppDbContext db, int sessionId, int volume, BookingChannel channel)
    {
        var phone = channel == BookingChannel.Phone ? volume : 0;
        var query = channel == BookingChannel.Phone
            ? db.RoomSessions.Where(s => s.Id == sessionId && s.Booked + volume <= s.Capacity)
            : db.RoomSessions.Where(s => s.Id == sessionId &&
                s.Booked + volume + (s.PhoneReserved > s.BookedPhone ? s.PhoneReserved - s.BookedPhone : 0) <= s.Capacity);
        var affected = await query.ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Booked, s => s.Booked + volume)
            .SetProperty(s => s.BookedPhone, s => s.BookedPhone + phone));
        return affected == 1;
    }

    private static Task ReleaseAsync(AppDbContext db, BookingEntity booking)
    {
        var volume = booking.TotalVolume;
        var phone = booking.Channel == BookingChannel.Phone ? volume : 0;
        return db.RoomSessions.Where(s => s.Id == booking.SessionId).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Booked, s => s.Booked - volume)
            .SetProperty(s => s.BookedPhone, s => s.BookedPhone - phone));
    }

    private static async Task<Result<BookingEntity>> FullAsync(AppDbContext db, int sessionId, int volume, BookingChannel channel)
    {
        var session = await db.RoomSessions.AsNoTracking().FirstAsync(s => s.Id == sessionId);
        return Result<BookingEntity>.Refuse("Booking.SessionFull", session.Remaining(channel), volume);
    }

    private async Task<Result<BookingEntity>> FindByKeyAsync(Guid key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return Result.Ok(await WithSession(db).AsNoTracking().FirstAsync(b => b.IdempotencyKey == key));
    }

    private static IQueryable<BookingEntity> WithSession(AppDbContext db) =>
        db.Bookings.Include(b => b.Session).Include(b => b.Lines);

    private static Task<ThresholdChange?> CurrentThresholds(AppDbContext db, int districtId) =>
        db.ThresholdChanges.AsNoTracking().Where(t => t.DistrictId == districtId).OrderByDescending(t => t.Id).FirstOrDefaultAsync();

    private static bool IsUnique(DbUpdateException e, string column) =>
        e.InnerException is SqliteException { SqliteErrorCode: 19 } s && s.Message.Contains(column, StringComparison.Ordinal);
}
