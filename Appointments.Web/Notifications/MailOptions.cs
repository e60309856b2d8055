namespace Appointments.Web.Notifications;

/// <summary>The "Mail" settings. With no <see cref="SmtpHost"/>, mails are written as .eml files to
/// <see cref="PickupFolder"/> instead of being sent.</summary>
public sealed class MailOptions
{
    public string FromAddress { get; set; } = "noreply@appointments.example";
    public string FromName { get; set; } = "社保中心持卡办事预约";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpStartTls { get; set; }
    public int SmtpTimeoutSeconds { get; set; } = 10;

    /// <summary>Relative paths are taken from the app's content root.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";

    public double PollSeconds { get; set; } = 5;
    public double RetryBaseSeconds { get; set; } = 10;
    public double RetryMaxSeconds { get; set; } = 600;
}
