using System.Globalization;
using Appointments.Domain.Booking;
using Appointments.Domain.Districts;
using Appointments.Tests.TestSupport;
using Appointments.Web.Services.Booking;
using Appointments.Web.Services.Districts;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Tests.Services.Booking;

public class BookingServiceTests : IAsyncLifetime
{
    private TestPortal _portal = null!;
    private int _mondayMorning;

    public async Task InitializeAsync()
    {
        _portal = await TestPortal.StartAsync();
        _mondayMorning = _portal.TemplateId("XH", DayOfWeek.Monday, "上午");
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private BookingService Service => _portal.Get<BookingService>();

    private Task<Appointments.Domain.Common.Result<Appointments.Domain.Booking.Booking>> BookAsHr(int volume, DateOnly? date = null, int? templateId = null) =>
        Service.BookAsync(_portal.NewHires(_portal.Unit(Demo.XuhuiUnit1), volume, templateId ?? _mondayMorning, date ?? BookingHelpers.Monday),
            _portal.Actor("xh.hr"));

    [Fact]
    public async Task A_booking_records_the_web_channel_the_staff_member_and_a_reference()
    {
        var result = await BookAsHr(45);

        Assert.True(result.Succeeded, result.Message);
        var booking = result.Value;
        Assert.Matches(@"^YY261204-[A-Z0-9]{6}$", booking.Reference);
        Assert.Equal(BookingChannel.Web, booking.Channel);
        Assert.Equal("王芳", booking.CreatedByName);
        Assert.Equal(45, (await _portal.SessionAsync(_mondayMorning, BookingHelpers.Monday)).Booked);
    }

    [Fact]
    public async Task A_batch_below_every_threshold_is_refused_and_sent_to_the_hall()
    {
        var result = await BookAsHr(5);

        Assert.Equal("Booking.BelowThreshold", result.Refusal?.Code);
        await using var db = _portal.Db();
        Assert.False(await db.Bookings.AnyAsync());
        Assert.False(await db.RoomSessions.AnyAsync());
    }

    [Fact]
    public async Task A_negative_volume_is_refused_with_a_message_in_chinese_and_nothing_is_saved()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var request = _portal.NewHires(_portal.Unit(Demo.XuhuiUnit1), 45, _mondayMorning, BookingHelpers.Monday) is var r
            ? r with { Lines = [.. r.Lines, new DeclaredVolume(_portal.MatterTypeId("XH", "RETIRE"), -3)] }
            : null!;

        var result = await Service.BookAsync(request, _portal.Actor("xh.hr"));

        Assert.Equal("业务量必须是不小于 0 的整数", result.Message);
        await using var db = _portal.Db();
        Assert.False(await db.Bookings.AnyAsync());
    }

    [Fact]
    public async Task One_unit_cannot_hold_two_active_bookings_for_one_session()
    {
        var first = await BookAsHr(45);

        var second = await BookAsHr(40);

        Assert.Equal("Booking.DuplicateForSession", second.Refusal?.Code);
        Assert.Contains(first.Value.Reference, second.Message);
    }

    [Fact]
    public async Task A_session_outside_the_booking_window_is_refused()
    {
        var tooFar = BookingHelpers.Monday.AddDays(14);

        Assert.Equal("Booking.OutsideWindow", (await BookAsHr(45, tooFar)).Refusal?.Code);
    }

    [Fact]
    public async Task A_closed_day_is_refused()
    {
        var closed = await _portal.Get<DistrictSettingsService>().AddClosureAsync(new ClosureSpec(BookingHelpers.Monday, "系统升级"), _portal.Actor("xh.admin"));
        Assert.True(closed.Succeeded, closed.Message);

        Assert.Equal("Booking.Closed", (await BookAsHr(45)).Refusal?.Code);
        Assert.DoesNotContain(await Service.GetSlotsAsync(_portal.Unit(Demo.XuhuiUnit1).DistrictId), s => s.Date == BookingHelpers.Monday);
    }

    [Fact]
    public async Task A_session_of_another_weekday_is_refused()
    {
        Assert.Equal("Booking.NoSuchSession", (await BookAsHr(45, BookingHelpers.Monday.AddDays(1))).Refusal?.Code);
    }

    [Fact]
    public async Task A_threshold_change_after_booking_leaves_the_bookings_verdict_as_it_was()
    {
        var booking = (await BookAsHr(45)).Value;
        var admin = _portal.Actor("xh.admin");
        var changed = await _portal.Get<DistrictSettingsService>().SetThresholdsAsync(new ThresholdSet(500, 200, null, null, null), admin);
        Assert.True(changed.Succeeded);

        var reread = await Service.GetAsync(booking.Reference, _portal.Actor("xh.hr"));

        Assert.True(reread!.Verdict.RequiresReservation);
        Assert.Equal(30, reread.JudgedBy.NewHire);
        Assert.Contains(reread.Verdict.Comparisons, c => c is { Kind: ThresholdKind.NewHire, Volume: 45, Threshold: 30, Reached: true });
        Assert.Equal("Booking.BelowThreshold", (await Service.BookAsync(
            _portal.NewHires(_portal.Unit(Demo.XuhuiUnit2), 45, _mondayMorning, BookingHelpers.Monday), _portal.Actor("xh.hr2"))).Refusal?.Code);
    }

    [Fact]
    public async Task A_unit_hr_user_gets_not_found_for_another_units_booking()
    {
        var booking = (await BookAsHr(45)).Value;

        Assert.Null(await Service.GetAsync(booking.Reference, _portal.Actor("xh.hr2")));
        Assert.Null(await Service.GetAsync(booking.Reference, _portal.Actor("ja.admin")));
        Assert.NotNull(await Service.GetAsync(booking.Reference, _portal.Actor("xh.desk")));
        Assert.Equal("Booking.NotFound", (await Service.CancelAsync(booking.Id, booking.Sequence, _portal.Actor("xh.hr2"))).Refusal?.Code);
    }

    [Fact]
    public async Task A_unit_hr_user_cannot_book_for_another_unit()
    {
        var result = await Service.BookAsync(_portal.NewHires(_portal.Unit(Demo.XuhuiUnit2), 45, _mondayMorning, BookingHelpers.Monday), _portal.Actor("xh.hr"));

        Assert.Equal("Booking.UnitNotFound", result.Refusal?.Code);
    }

    [Fact]
    public async Task The_front_desk_books_by_phone_and_may_use_the_phone_share()
    {
        // Monday morning: 600 with 20 % (120) kept for the phone; the web may book 480.
        var web = await Service.BookAsync(_portal.NewHires(_portal.Unit(Demo.XuhuiUnit1), 481, _mondayMorning, BookingHelpers.Monday), _portal.Actor("xh.hr"));
        Assert.Equal("Booking.SessionFull", web.Refusal?.Code);

        var phone = await Service.BookAsync(_portal.NewHires(_portal.Unit(Demo.XuhuiUnit1), 600, _mondayMorning, BookingHelpers.Monday), _portal.Actor("xh.desk"));

        Assert.True(phone.Succeeded, phone.Message);
        Assert.Equal(BookingChannel.Phone, phone.Value.Channel);
        Assert.Equal("赵敏（服务总台）", phone.Value.CreatedByName);
    }

    [Fact]
    public async Task The_front_desk_cannot_book_for_a_unit_of_another_district()
    {
        var jingan = _portal.Unit(Demo.JinganUnit1);
        var request = new BookingRequest(jingan.Id, [new DeclaredVolume(_portal.MatterTypeId("JA", "NEW-HIRE"), 45)],
            _portal.TemplateId("JA", DayOfWeek.Monday, "上午"), BookingHelpers.Monday, Guid.NewGuid());

        Assert.Equal("Booking.UnitNotFound", (await Service.BookAsync(request, _portal.Actor("xh.desk"))).Refusal?.Code);
    }

    [Fact]
    public async Task Rescheduling_moves_the_volume_and_mails_the_unit()
    {
        var booking = (await BookAsHr(45)).Value;
        var afternoon = _portal.TemplateId("XH", DayOfWeek.Monday, "下午");

        var moved = await Service.RescheduleAsync(booking.Id, afternoon, BookingHelpers.Monday, booking.Sequence, _portal.Actor("xh.hr"));

        Assert.True(moved.Succeeded, moved.Message);
        Assert.Equal(0, (await _portal.SessionAsync(_mondayMorning, BookingHelpers.Monday)).Booked);
        Assert.Equal(45, (await _portal.SessionAsync(afternoon, BookingHelpers.Monday)).Booked);
        await using var db = _portal.Db();
        Assert.Equal(2, await db.Outbox.CountAsync());
        Assert.Contains(await db.Outbox.Select(m => m.Subject).ToListAsync(), s => s.StartsWith("预约改期", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_change_made_on_a_stale_page_is_refused()
    {
        var booking = (await BookAsHr(45)).Value;
        var afternoon = _portal.TemplateId("XH", DayOfWeek.Monday, "下午");
        await Service.RescheduleAsync(booking.Id, afternoon, BookingHelpers.Monday, booking.Sequence, _portal.Actor("xh.hr"));

        var stale = await Service.CancelAsync(booking.Id, booking.Sequence, _portal.Actor("xh.desk"));

        Assert.Equal("Booking.Changed", stale.Refusal?.Code);
    }

    [Fact]
    public async Task Cancelling_frees_the_capacity_and_cannot_be_done_twice()
    {
        var booking = (await BookAsHr(45)).Value;

        var cancelled = await Service.CancelAsync(booking.Id, booking.Sequence, _portal.Actor("xh.hr"));
        var again = await Service.CancelAsync(booking.Id, cancelled.Value.Sequence, _portal.Actor("xh.hr"));

        Assert.True(cancelled.Succeeded);
        Assert.Equal("Booking.NotActive", again.Refusal?.Code);
        Assert.Equal(0, (await _portal.SessionAsync(_mondayMorning, BookingHelpers.Monday)).Booked);
        Assert.True((await BookAsHr(45)).Succeeded, "the unit may book the session again");
    }

    [Fact]
    public async Task The_slots_show_the_capacity_left_for_each_channel()
    {
        await BookAsHr(45);

        var slot = (await Service.GetSlotsAsync(_portal.Unit(Demo.XuhuiUnit1).DistrictId))
            .Single(s => s.TemplateId == _mondayMorning && s.Date == BookingHelpers.Monday);

        Assert.Equal(435, slot.Remaining(BookingChannel.Web));
        Assert.Equal(555, slot.Remaining(BookingChannel.Phone));
    }

    [Fact]
    public async Task Refused_attempts_hold_no_capacity_and_a_cancelled_place_can_be_booked_again()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("Booking.BelowThreshold", (await BookAsHr(29)).Refusal?.Code);
        }

        // Monday morning takes 480 by web: all of it is still free.
        var full = await BookAsHr(480);
        Assert.True(full.Succeeded, full.Message);
        Assert.Equal("Booking.SessionFull", (await Service.BookAsync(
            _portal.NewHires(_portal.Unit(Demo.XuhuiUnit2), 30, _mondayMorning, BookingHelpers.Monday), _portal.Actor("xh.hr2"))).Refusal?.Code);

        await Service.CancelAsync(full.Value.Id, full.Value.Sequence, _portal.Actor("xh.hr"));

        var again = await Service.BookAsync(_portal.NewHires(_portal.Unit(Demo.XuhuiUnit2), 480, _mondayMorning, BookingHelpers.Monday), _portal.Actor("xh.hr2"));
        Assert.True(again.Succeeded, again.Message);
    }

    [Fact]
    public async Task Submitting_again_the_form_that_took_the_last_place_finds_its_booking()
    {
        var request = _portal.NewHires(_portal.Unit(Demo.XuhuiUnit1), 480, _mondayMorning, BookingHelpers.Monday);
        var first = await Service.BookAsync(request, _portal.Actor("xh.hr"));

        var again = await Service.BookAsync(request, _portal.Actor("xh.hr"));

        Assert.True(again.Succeeded, again.Message);
        Assert.Equal(first.Value.Reference, again.Value.Reference);
    }
}
