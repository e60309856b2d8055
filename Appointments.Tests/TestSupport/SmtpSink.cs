using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace Appointments.Tests.TestSupport;

/// <summary>An in-process SMTP server (netDumbster) on loopback; what it receives is parsed with MimeKit.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly SimpleSmtpServer _server;

    private SmtpSink(SimpleSmtpServer server) => _server = server;

    public int Port => _server.Configuration.Port;

    public static SmtpSink Start(int? port = null)
    {
        var configuration = Configuration.Configure().WithAddress(IPAddress.Loopback);
        configuration = port is { } p ? configuration.WithPort(p) : configuration.WithRandomPort();
        return new SmtpSink(configuration.Build());
    }

    public IReadOnlyList<MimeMessage> Received =>
        _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();

    /// <summary>A loopback port with nothing listening on it.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose() => _server.Stop();
}
