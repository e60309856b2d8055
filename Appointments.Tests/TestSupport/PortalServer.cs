using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Appointments.Tests.TestSupport;

/// <summary>The real app (Program) on Kestrel on a loopback port, with its own SQLite file and mail
/// folder; the demo is seeded and the outbox sender runs in the background as in production.</summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "appointments-web", Guid.NewGuid().ToString("N"));

    public string MailFolder => Path.Combine(Folder, "mail");

    public PortalServer()
    {
        Directory.CreateDirectory(Folder);
        UseKestrel(0);
        StartServer();
    }

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(Folder, "portal.db")}");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Mail:PollSeconds", "1");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
