using Appointments.Domain.Booking;
using Appointments.Domain.Common;
using Appointments.Domain.Districts;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Services.Districts;

/// <summary>A district admin's settings for their own district: thresholds (every version kept),
/// the reservation room's weekly sessions, the booking window and closures.</summary>
public sealed class DistrictSettingsService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<ThresholdSet> thresholdValidator,
    IValidator<SessionTemplateSpec> sessionValidator,
    IValidator<BookingWindow> windowValidator,
    IValidator<ClosureSpec> closureValidator,
    TimeProvider clock,
    Appointments.Web.Services.Booking.SessionAdmission admission,
    ILogger<DistrictSettingsService> logger)
{
    public async Task<District?> GetDistrictAsync(Actor actor)
    {
        if (!IsAdmin(actor))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Districts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == actor.DistrictId);
    }

    /// <summary>Every threshold version of the actor's district, newest (in force) first.</summary>
    public async Task<IReadOnlyList<ThresholdChange>> GetThresholdHistoryAsync(Actor actor)
    {
        if (!IsAdmin(actor))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.ThresholdChanges.AsNoTracking().Where(t => t.DistrictId == actor.DistrictId)
            .OrderByDescending(t => t.Id).ToListAsync();
    }

    public async Task<Result> SetThresholdsAsync(ThresholdSet thresholds, Actor actor)
    {
        var refused = await Check(actor, thresholdValidator, thresholds);
        if (refused is not null)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        db.ThresholdChanges.Add(new ThresholdChange(actor.DistrictId!.Value, thresholds, clock.GetUtcNow().UtcDateTime, actor.UserId, actor.Name));
        await db.SaveChangesAsync();
        logger.LogInformation("Thresholds of district {DistrictId} set to {Thresholds} by {UserId}", actor.DistrictId, thresholds, actor.UserId);
        return Result.Ok();
    }

    public async Task<IReadOnlyList<SessionTemplate>> GetSessionsAsync(Actor actor)
    {
        if (!IsAdmin(actor))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        return (await db.SessionTemplates.AsNoTracking().Where(t => t.DistrictId == actor.DistrictId && t.Active).ToListAsync())
            .OrderBy(t => ((int)t.Weekday + 6) % 7).ThenBy(t => t.Start).ToList();
    }

    public async Task<Result> AddSessionAsync(SessionTemplateSpec spec, Actor actor)
    {
        var refused = await Check(actor, sessionValidator, spec);
        if (refused is not null)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        db.SessionTemplates.Add(new SessionTemplate(actor.DistrictId!.Value, spec));
        await db.SaveChangesAsync();
        return Result.Ok();
    }

    /// <summary>Changes a session. Its dated sessions still to come follow, but never drop below what is
    /// already booked: existing bookings stand, new ones must fit the new capacity. The weekday is fixed.</summary>
    public async Task<Result> UpdateSessionAsync(int templateId, SessionTemplateSpec spec, Actor actor)
    {
        var refused = await Check(actor, sessionValidator, spec);
        if (refused is not null)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var template = await db.SessionTemplates.FirstOrDefaultAsync(t => t.Id == templateId && t.DistrictId == actor.DistrictId && t.Active);
        if (template is null)
        {
            return Result.Refuse("Session.NotFound");
        }

        template.Apply(spec with { Weekday = template.Weekday });
        await db.SaveChangesAsync();
        var today = Shanghai.Today(clock);
        var reserved = template.PhoneReserved;
        await db.RoomSessions.Where(s => s.TemplateId == templateId && s.Date >= today).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Label, template.Label)
            .SetProperty(s => s.Start, template.Start)
            .SetProperty(s => s.End, template.End)
            .SetProperty(s => s.Capacity, s => s.Booked > spec.Capacity ? s.Booked : spec.Capacity)
            .SetProperty(s => s.PhoneReserved, reserved));
        await tx.CommitAsync();
        admission.ForgetAll();
        return Result.Ok();
    }

    /// <summary>Stops offering a session; bookings already made for it stand.</summary>
    public async Task<Result> RemoveSessionAsync(int templateId, Actor actor)
    {
        if (!IsAdmin(actor))
        {
            return Result.Refuse("Access.Forbidden");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var template = await db.SessionTemplates.FirstOrDefaultAsync(t => t.Id == templateId && t.DistrictId == actor.DistrictId);
        if (template is null)
        {
            return Result.Refuse("Session.NotFound");
        }

        template.Deactivate();
        await db.SaveChangesAsync();
        admission.ForgetAll();
        return Result.Ok();
    }

    public async Task<Result> SetWindowAsync(BookingWindow window, Actor actor)
    {
        var refused = await Check(actor, windowValidator, window);
        if (refused is not null)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var district = await db.Districts.FirstAsync(d => d.Id == actor.DistrictId);
        district.SetWindow(window);
        await db.SaveChangesAsync();
        return Result.Ok();
    }

    public async Task<Result> SetPickupWorkingDaysAsync(int days, Actor actor)
    {
        if (!IsAdmin(actor))
        {
            return Result.Refuse("Access.Forbidden");
        }

        if (days is < 1 or > 60)
        {
            return Result.Refuse("Window.PickupDaysRange");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var district = await db.Districts.FirstAsync(d => d.Id == actor.DistrictId);
        district.SetPickupWorkingDays(days);
        await db.SaveChangesAsync();
        return Result.Ok();
    }

    public async Task<IReadOnlyList<Closure>> GetClosuresAsync(Actor actor)
    {
        if (!IsAdmin(actor))
        {
            return [];
        }

        var today = Shanghai.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Closures.AsNoTracking().Where(c => c.DistrictId == actor.DistrictId && c.Date >= today)
            .OrderBy(c => c.Date).ToListAsync();
    }

    /// <summary>Closes the room on a day. A day with active bookings is refused: those units must be
    /// moved first, and closing must not silently strand them.</summary>
    public async Task<Result> AddClosureAsync(ClosureSpec spec, Actor actor)
    {
        var refused = await Check(actor, closureValidator, spec);
        if (refused is not null)
        {
            return refused;
        }

        if (spec.Date < Shanghai.Today(clock))
        {
            return Result.Refuse("Closure.InPast");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        if (await db.Closures.AnyAsync(c => c.DistrictId == actor.DistrictId && c.Date == spec.Date))
        {
            return Result.Refuse("Closure.Duplicate");
        }

        var booked = await db.Bookings.CountAsync(b => b.DistrictId == actor.DistrictId && b.Status == BookingStatus.Active && b.Session.Date == spec.Date);
        if (booked > 0)
        {
            return Result.Refuse("Closure.HasBookings", booked);
        }

        db.Closures.Add(new Closure(actor.DistrictId!.Value, spec.Date, spec.Reason));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return Result.Ok();
    }

    public async Task<Result> RemoveClosureAsync(int closureId, Actor actor)
    {
        if (!IsAdmin(actor))
        {
            return Result.Refuse("Access.Forbidden");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var removed = await db.Closures.Where(c => c.Id == closureId && c.DistrictId == actor.DistrictId).ExecuteDeleteAsync();
        return removed == 1 ? Result.Ok() : Result.Refuse("Closure.NotFound");
    }

    private static bool IsAdmin(Actor actor) => actor.IsIn(Roles.DistrictAdmin) && actor.DistrictId is not null;

    private static async Task<Result?> Check<T>(Actor actor, IValidator<T> validator, T value)
    {
        if (!IsAdmin(actor))
        {
            return Result.Refuse("Access.Forbidden");
        }

        var validation = await validator.ValidateAsync(value);
        return validation.IsValid ? null : Result.Refuse("Validation", validation.Errors[0].ErrorMessage);
    }
}
