using Appointments.Domain.Districts;
using Appointments.Tests.TestSupport;
using Appointments.Web.Services.Booking;
using Appointments.Web.Services.Districts;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Tests.Services.Districts;

public class DistrictSettingsServiceTests : IAsyncLifetime
{
    private TestPortal _portal = null!;

    public async Task InitializeAsync() => _portal = await TestPortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private DistrictSettingsService Settings => _portal.Get<DistrictSettingsService>();

    [Fact]
    public async Task Every_threshold_change_is_kept_with_who_and_when()
    {
        var admin = _portal.Actor("xh.admin");
        _portal.Clock.Advance(TimeSpan.FromHours(1));

        await Settings.SetThresholdsAsync(new ThresholdSet(120, null, 30, 50, 10), admin);

        var history = await Settings.GetThresholdHistoryAsync(admin);
        Assert.Equal(2, history.Count);
        Assert.Equal(120, history[0].Thresholds.Total);
        Assert.Null(history[0].Thresholds.NewHire);
        Assert.Equal("钱军（区管理员）", history[0].ChangedByName);
        Assert.Equal(TestPortal.Start.UtcDateTime.AddHours(1), history[0].ChangedAtUtc);
    }

    [Fact]
    public async Task A_threshold_of_zero_is_refused_and_nothing_is_saved()
    {
        var admin = _portal.Actor("xh.admin");

        var result = await Settings.SetThresholdsAsync(new ThresholdSet(0, 30, null, null, null), admin);

        Assert.False(result.Succeeded);
        Assert.Single(await Settings.GetThresholdHistoryAsync(admin));
    }

    [Fact]
    public async Task An_admin_changes_only_their_own_district()
    {
        await Settings.SetThresholdsAsync(new ThresholdSet(5, null, null, null, null), _portal.Actor("ja.admin"));

        await using var db = _portal.Db();
        var xuhui = await db.Districts.SingleAsync(d => d.Code == "XH");
        Assert.Equal(1, await db.ThresholdChanges.CountAsync(t => t.DistrictId == xuhui.Id));
        Assert.Equal("Access.Forbidden", (await Settings.SetThresholdsAsync(ThresholdSet.None, _portal.Actor("xh.desk"))).Refusal?.Code);
    }

    [Fact]
    public async Task A_session_with_no_capacity_is_refused()
    {
        var result = await Settings.AddSessionAsync(new SessionTemplateSpec(DayOfWeek.Monday, "晚间", new(18, 0), new(20, 0), 0, 0), _portal.Actor("xh.admin"));

        Assert.False(result.Succeeded);
        Assert.Equal(10, (await Settings.GetSessionsAsync(_portal.Actor("xh.admin"))).Count);
    }

    [Fact]
    public async Task Lowering_a_capacity_keeps_existing_bookings_and_admits_no_new_ones()
    {
        var monday = _portal.TemplateId("XH", DayOfWeek.Monday, "上午");
        await _portal.Get<BookingService>().BookAsync(_portal.NewHires(_portal.Unit(Demo.XuhuiUnit1), 300, monday, BookingHelpers.Monday), _portal.Actor("xh.hr"));

        var lowered = await Settings.UpdateSessionAsync(monday, new SessionTemplateSpec(DayOfWeek.Monday, "上午", new(9, 0), new(11, 30), 100, 0), _portal.Actor("xh.admin"));

        Assert.True(lowered.Succeeded, lowered.Message);
        var session = await _portal.SessionAsync(monday, BookingHelpers.Monday);
        Assert.Equal(300, session.Capacity);
        var more = await _portal.Get<BookingService>().BookAsync(
            _portal.NewHires(_portal.Unit(Demo.XuhuiUnit2), 30, monday, BookingHelpers.Monday), _portal.Actor("xh.hr2"));
        Assert.Equal("Booking.SessionFull", more.Refusal?.Code);
    }

    [Fact]
    public async Task A_day_with_active_bookings_cannot_be_closed()
    {
        var monday = _portal.TemplateId("XH", DayOfWeek.Monday, "上午");
        await _portal.Get<BookingService>().BookAsync(_portal.NewHires(_portal.Unit(Demo.XuhuiUnit1), 45, monday, BookingHelpers.Monday), _portal.Actor("xh.hr"));

        var result = await Settings.AddClosureAsync(new ClosureSpec(BookingHelpers.Monday, "停电"), _portal.Actor("xh.admin"));

        Assert.Equal("Closure.HasBookings", result.Refusal?.Code);
    }
}
