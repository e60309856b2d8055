using Appointments.Domain.Booking;
using Appointments.Domain.Districts;
using Appointments.Domain.Units;
using Appointments.Web.Identity;
using Appointments.Web.Services.Districts;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Tests.TestSupport;

public static class BookingHelpers
{
    /// <summary>Monday 2026-12-07: inside the demo's window (1 to 14 days ahead of Friday 2026-12-04).</summary>
    public static readonly DateOnly Monday = new(2026, 12, 7);

    public static int MatterTypeId(this TestPortal portal, string districtCode, string typeCode)
    {
        using var db = portal.Db();
        return db.MatterTypes.Where(t => t.Code == typeCode && db.Districts.Any(d => d.Id == t.DistrictId && d.Code == districtCode))
            .Select(t => t.Id).Single();
    }

    public static int TemplateId(this TestPortal portal, string districtCode, DayOfWeek day, string label)
    {
        using var db = portal.Db();
        return db.SessionTemplates.Where(t => t.Weekday == day && t.Label == label && t.Active
                && db.Districts.Any(d => d.Id == t.DistrictId && d.Code == districtCode))
            .Select(t => t.Id).Single();
    }

    /// <summary>Adds a Xuhui session on <paramref name="day"/> with no phone share, through the admin's service.</summary>
    public static async Task<int> AddSessionAsync(this TestPortal portal, DayOfWeek day, string label, int capacity, int phoneShare = 0)
    {
        var result = await portal.Get<DistrictSettingsService>().AddSessionAsync(
            new SessionTemplateSpec(day, label, new(18, 0), new(20, 0), capacity, phoneShare), portal.Actor("xh.admin"));
        Assert.True(result.Succeeded, result.Message);
        return portal.TemplateId("XH", day, label);
    }

    public static BookingRequest NewHires(this TestPortal portal, Unit unit, int volume, int templateId, DateOnly date, Guid? key = null) =>
        new(unit.Id, [new DeclaredVolume(portal.MatterTypeId("XH", "NEW-HIRE"), volume)], templateId, date, key ?? Guid.NewGuid());

    /// <summary>Extra Xuhui units, each with its own HR actor, for contention tests.</summary>
    public static async Task<List<(Unit Unit, Actor Hr)>> AddUnitsAsync(this TestPortal portal, int count)
    {
        await using var db = portal.Db();
        var districtId = await db.Districts.Where(d => d.Code == "XH").Select(d => d.Id).SingleAsync();
        var units = Enumerable.Range(1, count)
            .Select(i => new Unit(districtId, $"3101049{i:00000}", $"测试单位{i}", $"联系人{i}", $"unit{i}@test.example")).ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync();
        return units.Select(u => (u, new Actor($"hr-{u.Id}", $"HR {u.Id}", new HashSet<string> { Roles.UnitHr }, districtId, (int?)u.Id))).ToList();
    }

    public static async Task<RoomSession> SessionAsync(this TestPortal portal, int templateId, DateOnly date)
    {
        await using var db = portal.Db();
        return await db.RoomSessions.AsNoTracking().SingleAsync(s => s.TemplateId == templateId && s.Date == date);
    }
}
