using Appointments.Domain.Units;
using Appointments.Web.Identity;

namespace Appointments.Web.Services.Units;

/// <summary>Who may see and act for a unit: its own HR staff, and the staff of its district.</summary>
public static class UnitAccess
{
    public static bool CanSee(Actor actor, int unitId, int districtId) =>
        actor.IsIn(Roles.UnitHr) ? actor.UnitId == unitId : actor.IsStaff && actor.DistrictId == districtId;

    public static bool CanSee(Actor actor, Unit unit) => CanSee(actor, unit.Id, unit.DistrictId);

    /// <summary>Unit HR book on the web for their own unit; the front desk books phone requests for its district.</summary>
    public static bool CanBook(Actor actor, Unit unit) =>
        actor.IsIn(Roles.UnitHr) ? actor.UnitId == unit.Id : actor.IsIn(Roles.FrontDesk) && actor.DistrictId == unit.DistrictId;
}
