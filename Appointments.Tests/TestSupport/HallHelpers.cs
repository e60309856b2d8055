using Appointments.Domain.Booking;
using Appointments.Domain.Catalog;
using Appointments.Domain.Hall;
using Appointments.Web.Identity;
using Appointments.Web.Services.Hall;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Tests.TestSupport;

public static class HallHelpers
{
    public const string XuhuiCard1 = "6222000000000001";
    public const string XuhuiCard2 = "6222000000000002";
    public const string NotEnabledCard = "6222000000000003";
    public const string SuspendedCard = "6222000000000004";
    public const string ReplacedCard = "6222000000000099";
    public const string PersonCard = "S12345678";

    public static HallVisitSpec Visit(this TestPortal portal, string card, params (string Type, int Volume)[] lines) =>
        new(card, lines.Select(l => new DeclaredVolume(portal.MatterTypeId("XH", l.Type), l.Volume)).ToList());

    public static async Task<IssuedTicket> IssueAsync(this TestPortal portal, string card, params (string Type, int Volume)[] lines)
    {
        var result = await portal.Get<HallService>().IssueAsync(portal.Visit(card, lines), portal.Actor("xh.desk"));
        Assert.True(result.Succeeded, result.Message);
        return result.Value.Single();
    }

    /// <summary>Adds <paramref name="count"/> Xuhui windows of a position, each opened by its own clerk.</summary>
    public static async Task<List<(int WindowId, Actor Clerk)>> OpenWindowsAsync(this TestPortal portal, CounterPosition position, int count)
    {
        await using var db = portal.Db();
        var districtId = await db.Districts.Where(d => d.Code == "XH").Select(d => d.Id).SingleAsync();
        var windows = Enumerable.Range(1, count).Select(i => new HallWindow(districtId, $"测试窗口{(int)position}-{i}", position)).ToList();
        db.HallWindows.AddRange(windows);
        await db.SaveChangesAsync();
        var opened = new List<(int, Actor)>();
        foreach (var w in windows)
        {
            var clerk = new Actor($"clerk-{w.Id}", $"窗口员{w.Id}", new HashSet<string> { Roles.Clerk }, districtId, null);
            var result = await portal.Get<HallService>().OpenWindowAsync(w.Id, clerk);
            Assert.True(result.Succeeded, result.Message);
            opened.Add((w.Id, clerk));
        }

        return opened;
    }
}
