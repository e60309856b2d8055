using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Appointments.Web.Identity;

/// <summary>Puts the account's district, unit and name into the sign-in cookie, so that every page and
/// service can scope by them without a database read.</summary>
public sealed class PortalClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        AddIfSet(identity, PortalClaims.District, user.DistrictId);
        AddIfSet(identity, PortalClaims.Unit, user.UnitId);
        AddIfSet(identity, PortalClaims.ReviewLevel, user.ReviewLevel);
        return identity;
    }

    private static void AddIfSet(ClaimsIdentity identity, string type, int? value)
    {
        if (value is { } v)
        {
            identity.AddClaim(new Claim(type, v.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
