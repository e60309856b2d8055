using Microsoft.AspNetCore.Components.Authorization;

namespace Appointments.Web.Identity;

/// <summary>The signed-in actor of this circuit.</summary>
public sealed class CurrentActor(AuthenticationStateProvider auth)
{
    public async Task<Actor> GetAsync() => Actor.From((await auth.GetAuthenticationStateAsync()).User);
}
