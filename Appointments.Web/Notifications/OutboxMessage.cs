namespace Appointments.Web.Notifications;

/// <summary>A mail waiting to be sent. It is written in the same transaction as the change it reports,
/// so a booking and its confirmation are saved together, and the sender retries until it is delivered.</summary>
public class OutboxMessage
{
    private OutboxMessage() { }

    public OutboxMessage(string toAddress, string toName, string subject, string textBody, DateTime nowUtc,
        string? calendar = null, string? calendarMethod = null)
    {
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        TextBody = textBody;
        Calendar = calendar;
        CalendarMethod = calendarMethod;
        CreatedAtUtc = nowUtc;
        NextAttemptUtc = nowUtc;
    }

    public long Id { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";

    /// <summary>An iCalendar (.ics) attachment, and its METHOD (REQUEST or CANCEL).</summary>
    public string? Calendar { get; private set; }
    public string? CalendarMethod { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime NextAttemptUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTime nowUtc)
    {
        SentAtUtc = nowUtc;
        Attempts++;
        LastError = null;
    }

    public void MarkFailed(DateTime nowUtc, string error, TimeSpan retryBase, TimeSpan retryMax)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        var backoff = TimeSpan.FromTicks(Math.Min(retryMax.Ticks, retryBase.Ticks * (1L << Math.Min(Attempts - 1, 20))));
        NextAttemptUtc = nowUtc + backoff;
    }
}
