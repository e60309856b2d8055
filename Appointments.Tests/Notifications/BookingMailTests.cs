using Appointments.Tests.TestSupport;
using Appointments.Web.Notifications;
using Appointments.Web.Services.Booking;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Appointments.Tests.Notifications;

public class BookingMailTests
{
    private static Dictionary<string, string?> Smtp(int port) => new()
    {
        ["Mail:SmtpHost"] = "127.0.0.1",
        ["Mail:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:SmtpTimeoutSeconds"] = "5",
        ["Mail:RetryBaseSeconds"] = "10",
    };

    private static async Task<Appointments.Domain.Booking.Booking> BookAsync(TestPortal portal)
    {
        var result = await portal.Get<BookingService>().BookAsync(
            portal.NewHires(portal.Unit(Demo.XuhuiUnit1), 45, portal.TemplateId("XH", DayOfWeek.Monday, "上午"), BookingHelpers.Monday),
            portal.Actor("xh.hr"));
        Assert.True(result.Succeeded, result.Message);
        return result.Value;
    }

    [Fact]
    public async Task The_confirmation_reaches_the_units_contact_through_smtp_with_an_ics_in_shanghai_time()
    {
        using var smtp = SmtpSink.Start();
        await using var portal = await TestPortal.StartAsync(Smtp(smtp.Port));
        var booking = await BookAsync(portal);

        var sent = await portal.Get<OutboxSender>().SendDueAsync(CancellationToken.None);

        Assert.Equal(1, sent);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal($"预约确认 {booking.Reference} / Booking confirmed", mail.Subject);
        Assert.Equal("wangfang@xh-tech.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("2026-12-07", mail.TextBody);
        var ics = mail.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var reader = new StreamReader(ics.Content!.Open());
        var calendar = await reader.ReadToEndAsync();
        Assert.Contains("DTSTART;TZID=Asia/Shanghai:20261207T090000", calendar);
        Assert.Contains("TZOFFSETTO:+0800", calendar);
        Assert.Contains($"UID:{booking.Reference}@appointments", calendar);
    }

    [Fact]
    public async Task With_the_smtp_server_down_the_booking_succeeds_and_the_mail_is_delivered_once_it_is_back()
    {
        var port = SmtpSink.FreePort();
        await using var portal = await TestPortal.StartAsync(Smtp(port));

        // The booking only writes the outbox row in its own transaction: SMTP is not on its path.
        var booking = await BookAsync(portal);
        var sender = portal.Get<OutboxSender>();
        var whileDown = await sender.SendDueAsync(CancellationToken.None);

        Assert.Equal(0, whileDown);
        await using (var db = portal.Db())
        {
            var pending = await db.Outbox.SingleAsync();
            Assert.Null(pending.SentAtUtc);
            Assert.Equal(1, pending.Attempts);
            Assert.NotNull(pending.LastError);
        }

        using var smtp = SmtpSink.Start(port);
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        portal.Clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));

        Assert.Contains(booking.Reference, Assert.Single(smtp.Received).Subject);
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Without_an_smtp_server_mails_are_written_to_the_pickup_folder()
    {
        await using var portal = await TestPortal.StartAsync();
        var booking = await BookAsync(portal);

        Assert.Equal(1, await portal.Get<OutboxSender>().SendDueAsync(CancellationToken.None));

        var file = Assert.Single(Directory.GetFiles(portal.MailFolder, "*.eml"));
        var mail = await MimeMessage.LoadAsync(file);
        Assert.Contains(booking.Reference, mail.Subject);
        Assert.Contains(mail.Attachments, a => a.ContentType.MimeType == "text/calendar");
    }

    [Fact]
    public async Task Cancelling_sends_a_calendar_cancellation()
    {
        await using var portal = await TestPortal.StartAsync();
        var booking = await BookAsync(portal);
        await portal.Get<BookingService>().CancelAsync(booking.Id, booking.Sequence, portal.Actor("xh.hr"));

        await using var db = portal.Db();
        var cancellation = await db.Outbox.OrderBy(m => m.Id).LastAsync();
        Assert.StartsWith("预约取消", cancellation.Subject);
        Assert.Equal("CANCEL", cancellation.CalendarMethod);
        Assert.Contains("SEQUENCE:1", cancellation.Calendar);
    }
}
