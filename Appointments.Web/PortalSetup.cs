using System.Globalization;
using System.Runtime;
using Appointments.Domain.Booking;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Appointments.Web.Notifications;
using Appointments.Web.Services.Booking;
using Appointments.Web.Services.Cards;
using Appointments.Web.Services.Catalog;
using Appointments.Web.Services.Hall;
using Appointments.Web.Services.Districts;
using Appointments.Web.Services.Units;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Appointments.Web;

public static class PortalSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static void AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            // zh-CN first: the browser's language is not consulted, only the user's own choice.
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        var connectionString = ConnectionString(builder.Configuration, contentRoot);
        var writeGate = new WriteGateInterceptor();
        services.AddDbContextFactory<AppDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(writeGate));
        services.AddSingleton(new PortalDatabase(connectionString));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSingleton(TimeProvider.System);

        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
            cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/account/login";
                o.AccessDeniedPath = "/account/access-denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
            }));
        services.AddAuthorization();
        services.AddIdentityCore<AppUser>(o =>
            {
                // Length, not composition (NIST SP 800-63B): at least 12 characters, nothing more.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>();
        services.AddScoped<CurrentActor>();

        services.AddValidatorsFromAssemblyContaining<BookingRequestValidator>();
        services.AddScoped<BookingService>();
        services.AddSingleton<SessionAdmission>();
        services.AddScoped<DistrictSettingsService>();
        services.AddScoped<UnitDirectory>();
        services.Configure<CardOptions>(builder.Configuration.GetSection("Cards"));
        services.Configure<HallOptions>(builder.Configuration.GetSection("Hall"));
        services.AddScoped<CardService>();
        services.AddScoped<CatalogService>();
        services.AddScoped<HallService>();
        services.AddScoped<Appointments.Web.Services.Processing.ProcessingService>();
        services.AddScoped<Appointments.Web.Services.Documents.DocumentService>();
        services.AddScoped<Appointments.Web.Services.Review.ReviewService>();
        services.AddSingleton<HallNotifier>();

        services.Configure<MailOptions>(builder.Configuration.GetSection("Mail"));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IMailTransport>(sp =>
        {
            var mail = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            return string.IsNullOrWhiteSpace(mail.SmtpHost)
                ? new PickupFolderTransport(Path.GetFullPath(mail.PickupFolder, contentRoot))
                : new SmtpMailTransport(sp.GetRequiredService<IOptions<MailOptions>>());
        });
        services.AddSingleton<OutboxSender>();
        if (builder.Configuration.GetValue("Mail:BackgroundSender", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        }
    }

    /// <summary>The SQLite file, a relative path taken from the content root (not the working directory).</summary>
    public static string ConnectionString(IConfiguration configuration, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Portal") ?? "Data Source=App_Data/appointments.db");
        if (csb.DataSource != ":memory:")
        {
            csb.DataSource = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }

        return csb.ToString();
    }

    /// <summary>Applies the migrations (never EnsureCreated) and, when enabled, seeds the demo.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (app.Configuration.GetValue("Demo:Seed", true))
        {
            await DemoData.SeedAsync(scope.ServiceProvider, app.Services.GetRequiredService<TimeProvider>());
        }
    }

    public static void MapPortalEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");

        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!Cultures.Any(c => c.Name == culture))
            {
                return Results.BadRequest();
            }

            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        });

        // Live managed heap after a full, compacting GC, for the memory benchmark. Off unless
        // Diagnostics:HeapEndpoint is set, and then for district admins only.
        if (app.Configuration.GetValue("Diagnostics:HeapEndpoint", false))
        {
            app.MapGet("/diagnostics/heap", () =>
            {
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                return Results.Ok(new { bytes = GC.GetTotalMemory(forceFullCollection: true) });
            }).RequireAuthorization(p => p.RequireRole(Roles.DistrictAdmin));
        }

        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
