using Appointments.Domain.Booking;
using Appointments.Tests.TestSupport;
using Appointments.Web.Services.Booking;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Tests.Services.Booking;

/// <summary>Capacity races on a real SQLite file, each booking through its own service and DbContext.</summary>
public class BookingConcurrencyTests : IAsyncLifetime
{
    private TestPortal _portal = null!;

    public async Task InitializeAsync() => _portal = await TestPortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Fifty_parallel_bookings_for_room_for_five_batches_give_exactly_five()
    {
        var templateId = await _portal.AddSessionAsync(DayOfWeek.Tuesday, "晚间", capacity: 500);
        var date = BookingHelpers.Monday.AddDays(1);
        var units = await _portal.AddUnitsAsync(50);

        var results = await Task.WhenAll(units.Select(u => Task.Run(() =>
            _portal.Get<BookingService>().BookAsync(_portal.NewHires(u.Unit, 100, templateId, date), u.Hr))));

        Assert.Equal(5, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("Booking.SessionFull", r.Refusal!.Code));
        var session = await _portal.SessionAsync(templateId, date);
        Assert.Equal(500, session.Booked);
        await using var db = _portal.Db();
        Assert.Equal(5, await db.Bookings.CountAsync(b => b.SessionId == session.Id && b.Status == BookingStatus.Active));
    }

    [Fact]
    public async Task A_double_submit_makes_one_booking()
    {
        var unit = _portal.Unit(Demo.XuhuiUnit1);
        var hr = _portal.Actor("xh.hr");
        var request = _portal.NewHires(unit, 45, _portal.TemplateId("XH", DayOfWeek.Monday, "上午"), BookingHelpers.Monday);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            _portal.Get<BookingService>().BookAsync(request, hr))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
        Assert.Equal(results[0].Value.Reference, results[1].Value.Reference);
        await using var db = _portal.Db();
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.UnitId == unit.Id));
        Assert.Equal(45, (await _portal.SessionAsync(request.TemplateId, request.Date)).Booked);
        Assert.Equal(1, await db.Outbox.CountAsync());
    }

    [Fact]
    public async Task Parallel_reschedules_into_a_small_session_never_exceed_its_capacity()
    {
        var target = await _portal.AddSessionAsync(DayOfWeek.Wednesday, "晚间", capacity: 200);
        var source = _portal.TemplateId("XH", DayOfWeek.Monday, "上午");
        var units = await _portal.AddUnitsAsync(6);
        var booked = new List<(Appointments.Domain.Booking.Booking Booking, Appointments.Web.Identity.Actor Hr)>();
        foreach (var (unit, hr) in units)
        {
            var made = await _portal.Get<BookingService>().BookAsync(_portal.NewHires(unit, 60, source, BookingHelpers.Monday), hr);
            booked.Add((made.Value, hr));
        }

        var results = await Task.WhenAll(booked.Select(b => Task.Run(() =>
            _portal.Get<BookingService>().RescheduleAsync(b.Booking.Id, target, BookingHelpers.Monday.AddDays(2), b.Booking.Sequence, b.Hr))));

        Assert.Equal(3, results.Count(r => r.Succeeded));
        Assert.Equal(180, (await _portal.SessionAsync(target, BookingHelpers.Monday.AddDays(2))).Booked);
        Assert.Equal(180, (await _portal.SessionAsync(source, BookingHelpers.Monday)).Booked);
    }
}
