namespace Appointments.Web.Identity;

public static class PortalClaims
{
    public const string DisplayName = "portal:name";
    public const string District = "portal:district";
    public const string Unit = "portal:unit";
    public const string ReviewLevel = "portal:review-level";
}
