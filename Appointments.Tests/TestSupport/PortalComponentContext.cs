using System.Globalization;
using System.Security.Claims;
using Appointments.Web.Identity;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Appointments.Tests.TestSupport;

/// <summary>A bUnit context for the portal's components: MudBlazor, the real services of a
/// <see cref="TestPortal"/> (real SQLite), and a signed-in demo account.</summary>
public abstract class PortalComponentContext : BunitContext, IAsyncLifetime
{
    protected TestPortal Portal { get; private set; } = null!;

    protected Actor User { get; private set; } = null!;

    protected abstract string UserName { get; }

    public async Task InitializeAsync()
    {
        Portal = await TestPortal.StartAsync();
        User = Portal.Actor(UserName);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddScoped<CurrentActor>();
        AddServices(Services);
        var auth = AddAuthorization();
        auth.SetAuthorized(UserName);
        auth.SetRoles([.. User.Roles]);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, User.UserId), new(PortalClaims.DisplayName, User.Name) };
        if (User.UnitId is { } unit)
        {
            claims.Add(new Claim(PortalClaims.Unit, unit.ToString(CultureInfo.InvariantCulture)));
        }

        if (User.DistrictId is { } district)
        {
            claims.Add(new Claim(PortalClaims.District, district.ToString(CultureInfo.InvariantCulture)));
        }

        auth.SetClaims([.. claims]);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Registers the services the component under test injects, taken from the portal.</summary>
    protected abstract void AddServices(IServiceCollection services);

    /// <summary>Set in the test's own flow: a culture set in InitializeAsync does not flow back out of it.</summary>
    protected static void Chinese() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Portal.DisposeAsync();
    }
}
