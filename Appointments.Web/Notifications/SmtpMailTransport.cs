using MimeKit;
using Microsoft.Extensions.Options;
using MailKitSmtpClient = MailKit.Net.Smtp.SmtpClient;
using SecureSocketOptions = MailKit.Security.SecureSocketOptions;

namespace Appointments.Web.Notifications;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per message.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var client = new MailKitSmtpClient { Timeout = o.SmtpTimeoutSeconds * 1000 };
        await client.ConnectAsync(o.SmtpHost!, o.SmtpPort,
            o.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(o.SmtpUser))
        {
            await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
