using Appointments.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Appointments.Web.Notifications;

/// <summary>Delivers the outbox in the background and retries with growing delays, so an SMTP outage
/// neither fails nor slows the change that wrote the mail, and no mail is lost.</summary>
public sealed class OutboxSender(IDbContextFactory<AppDbContext> dbFactory, IMailTransport transport, OutboxSignal signal,
    IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Outbox pass failed");
                await Task.Delay(poll, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Sends every due message once; returns how many were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Outbox
            .Where(m => m.SentAtUtc == null && m.NextAttemptUtc <= now)
            .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            try
            {
                await transport.SendAsync(ToMime(message, o), cancellationToken);
                message.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                message.MarkFailed(clock.GetUtcNow().UtcDateTime, e.Message,
                    TimeSpan.FromSeconds(o.RetryBaseSeconds), TimeSpan.FromSeconds(o.RetryMaxSeconds));
                logger.LogWarning("Mail {Id} to {To} not sent (attempt {Attempts}): {Error}",
                    message.Id, message.ToAddress, message.Attempts, e.Message);
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }

    internal static MimeMessage ToMime(OutboxMessage m, MailOptions o)
    {
        var mime = new MimeMessage
        {
            Subject = m.Subject,
            MessageId = $"outbox-{m.Id}@appointments",
        };
        mime.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        mime.To.Add(new MailboxAddress(m.ToName, m.ToAddress));
        var body = new BodyBuilder { TextBody = m.TextBody };
        if (m.Calendar is { } ics)
        {
            var attachment = body.Attachments.Add("booking.ics", System.Text.Encoding.UTF8.GetBytes(ics),
                new ContentType("text", "calendar"));
            attachment.ContentType.Parameters.Add("method", m.CalendarMethod ?? "REQUEST");
            attachment.ContentType.Charset = "utf-8";
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
