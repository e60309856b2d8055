using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Appointments.Bench;

/// <summary>The real app (Program, Production settings) on Kestrel on a loopback port, with its own SQLite
/// file, and the heap endpoint switched on for the memory scenario.</summary>
public sealed class BenchServer : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "appointments-bench", Guid.NewGuid().ToString("N"));

    public BenchServer()
    {
        Directory.CreateDirectory(Folder);
        UseKestrel(0);
        StartServer();
    }

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(Folder, "portal.db")}");
        builder.UseSetting("Mail:PickupFolder", Path.Combine(Folder, "mail"));
        builder.UseSetting("Diagnostics:HeapEndpoint", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
    }

    public T Get<T>() where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

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
