using MimeKit;

namespace Appointments.Web.Notifications;

public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
