using Microsoft.AspNetCore.Identity;

namespace Appointments.Web.Identity;

/// <summary>A portal account: unit HR staff are bound to one unit, centre staff and admins to one district.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? DistrictId { get; set; }
    public int? UnitId { get; set; }

    /// <summary>2 or 3 for reviewers.</summary>
    public int? ReviewLevel { get; set; }
}
