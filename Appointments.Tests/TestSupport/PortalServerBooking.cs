using Appointments.Domain.Booking;
using Appointments.Domain.Districts;
using Appointments.Web.Data;
using Appointments.Web.Services.Booking;
using Appointments.Web.Services.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Appointments.Tests.TestSupport;

public static class PortalServerBooking
{
    /// <summary>The app runs on the real clock: a Xuhui session open all of today, booked by phone for
    /// the first Xuhui unit, so the reservation room can check it in whatever the hour.</summary>
    public static async Task BookTodayAsync(this PortalServer server, params (string Type, int Volume)[] lines)
    {
        var services = server.Services;
        using var scope = services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<DistrictSettingsService>();
        var admin = DemoActors.Load(services, "xh.admin");
        var today = Appointments.Domain.Common.Shanghai.Today(TimeProvider.System);
        Assert.True((await settings.SetWindowAsync(new BookingWindow(0, 14), admin)).Succeeded);
        Assert.True((await settings.AddSessionAsync(new SessionTemplateSpec(today.DayOfWeek, "全天", new(0, 0), new(23, 59), 1000, 0), admin)).Succeeded);
        await using var db = services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        var template = await db.SessionTemplates.SingleAsync(t => t.Label == "全天" && t.DistrictId == admin.DistrictId);
        var unit = await db.Units.SingleAsync(u => u.Code == Demo.XuhuiUnit1);
        var types = await db.MatterTypes.Where(t => t.DistrictId == admin.DistrictId).ToDictionaryAsync(t => t.Code, t => t.Id);
        var booked = await scope.ServiceProvider.GetRequiredService<BookingService>().BookAsync(
            new BookingRequest(unit.Id, lines.Select(l => new DeclaredVolume(types[l.Type], l.Volume)).ToList(), template.Id, today, Guid.NewGuid()),
            DemoActors.Load(services, "xh.desk"));
        Assert.True(booked.Succeeded, booked.Message);
    }
}
