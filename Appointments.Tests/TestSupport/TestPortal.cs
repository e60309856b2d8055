using Appointments.Domain.Common;
using Appointments.Domain.Units;
using Appointments.Web;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Appointments.Tests.TestSupport;

/// <summary>The portal's real composition (AddPortal) on its own SQLite file, migrated and seeded with
/// the demo, with a fake clock set to Friday 2026-12-04 10:00 in Shanghai. No web server is started.</summary>
public sealed class TestPortal : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private TestPortal(WebApplication app, string folder, FakeTimeProvider clock)
    {
        _app = app;
        Folder = folder;
        Clock = clock;
    }

    public string Folder { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _app.Services;
    public string MailFolder => Path.Combine(Folder, "mail");

    public static async Task<TestPortal> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "appointments-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = "Data Source=portal.db",
            ["Mail:PickupFolder"] = "mail",
            ["Mail:BackgroundSender"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddPortal();
        var clock = new FakeTimeProvider(Start);
        builder.Services.AddSingleton<TimeProvider>(clock);
        var app = builder.Build();
        await app.PrepareDatabaseAsync();
        return new TestPortal(app, folder, clock);
    }

    public T Get<T>() where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public AppDbContext Db() => _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public DateOnly Today => Shanghai.Today(Clock);

    /// <summary>An actor as the sign-in cookie would make it, for a demo account.</summary>
    public Actor Actor(string userName) => DemoActors.Load(_app.Services, userName);

    public Unit Unit(string code)
    {
        using var db = Db();
        return db.Units.AsNoTracking().Single(u => u.Code == code);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }
}
