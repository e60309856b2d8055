using System.Globalization;
using System.Security.Claims;

namespace Appointments.Web.Identity;

/// <summary>Who is acting: what services check every request against.</summary>
public sealed record Actor(string UserId, string Name, IReadOnlySet<string> Roles, int? DistrictId, int? UnitId, int? ReviewLevel = null)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsStaff => Roles.Any(r => r != Identity.Roles.UnitHr);

    public static Actor From(ClaimsPrincipal user)
    {
        int? Int(string type) => user.FindFirst(type)?.Value is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;

        return new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            user.FindFirstValue(PortalClaims.DisplayName) ?? user.Identity?.Name ?? "",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            Int(PortalClaims.District),
            Int(PortalClaims.Unit),
            Int(PortalClaims.ReviewLevel));
    }
}
