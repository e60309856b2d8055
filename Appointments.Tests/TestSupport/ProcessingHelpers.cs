using Appointments.Domain.Booking;
using Appointments.Domain.Districts;
using Appointments.Domain.Processing;
using Appointments.Web.Services.Booking;
using Appointments.Web.Services.Districts;
using Appointments.Web.Services.Processing;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Tests.TestSupport;

public static class ProcessingHelpers
{
    /// <summary>Books today's Friday morning (the window opened to same-day) by phone for the first Xuhui
    /// unit, and checks the unit in at the reservation room: the batch's visit.</summary>
    public static async Task<int> CheckedInBatchAsync(this TestPortal portal, params (string Type, int Volume)[] lines)
    {
        var admin = portal.Actor("xh.admin");
        Assert.True((await portal.Get<DistrictSettingsService>().SetWindowAsync(new BookingWindow(0, 14), admin)).Succeeded);
        var unit = portal.Unit(Demo.XuhuiUnit1);
        var request = new BookingRequest(unit.Id, lines.Select(l => new DeclaredVolume(portal.MatterTypeId("XH", l.Type), l.Volume)).ToList(),
            portal.TemplateId("XH", DayOfWeek.Friday, "上午"), portal.Today, Guid.NewGuid());
        var booked = await portal.Get<BookingService>().BookAsync(request, portal.Actor("xh.desk"));
        Assert.True(booked.Succeeded, booked.Message);
        var checkedIn = await portal.Get<ProcessingService>().CheckInAsync(HallHelpers.XuhuiCard1, portal.Actor("xh.clerk"));
        Assert.True(checkedIn.Succeeded, checkedIn.Message);
        return checkedIn.Value.VisitId;
    }

    public static async Task<List<Matter>> MattersAsync(this TestPortal portal, int visitId, string? typeCode = null)
    {
        await using var db = portal.Db();
        var typeId = typeCode is null ? (int?)null : portal.MatterTypeId("XH", typeCode);
        return await db.Matters.AsNoTracking().Where(m => m.VisitId == visitId && (typeId == null || m.MatterTypeId == typeId))
            .OrderBy(m => m.Id).ToListAsync();
    }

    public static OutcomeRequest Outcome(int visitId, IEnumerable<Matter> matters, MatterAction action, string[]? missing = null, string? reason = null,
        int? ticketId = null) =>
        new(visitId, matters.Select(m => new MatterVersion(m.Id, m.Version)).ToList(), action, missing ?? [], reason, ticketId);
}
