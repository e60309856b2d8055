using Appointments.Web;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Appointments.Bench;

/// <summary>The portal's real composition (AddPortal) on a SQLite file in <see cref="Folder"/>, migrated
/// and seeded with the demo, without a web server: the services the pages call.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app, string folder)
    {
        _app = app;
        Folder = folder;
    }

    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "portal.db");
    public IServiceProvider Services => _app.Services;
    public string ConnectionString => $"Data Source={DatabasePath}";

    public static async Task<BenchHost> StartAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = "Data Source=portal.db",
            ["Mail:PickupFolder"] = "mail",
            ["Mail:BackgroundSender"] = "false",
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        });
        builder.AddPortal();
        var app = builder.Build();
        await app.PrepareDatabaseAsync();
        return new BenchHost(app, folder);
    }

    public T Get<T>() where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public AppDbContext Db() => _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public Actor Actor(string userName) => BenchActors.Load(_app.Services, userName);

    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
