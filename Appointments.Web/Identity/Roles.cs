namespace Appointments.Web.Identity;

public static class Roles
{
    public const string UnitHr = "UnitHr";
    public const string FrontDesk = "FrontDesk";
    public const string Clerk = "Clerk";
    public const string Reviewer = "Reviewer";
    public const string BusinessSection = "BusinessSection";
    public const string DistrictAdmin = "DistrictAdmin";

    public static readonly string[] All = [UnitHr, FrontDesk, Clerk, Reviewer, BusinessSection, DistrictAdmin];

    /// <summary>Centre staff who act for any unit of their own district.</summary>
    public const string Staff = FrontDesk + "," + Clerk + "," + Reviewer + "," + BusinessSection + "," + DistrictAdmin;
}
