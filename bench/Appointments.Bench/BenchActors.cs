using Appointments.Web.Data;
using Appointments.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Appointments.Bench;

public static class BenchActors
{
    /// <summary>An actor as the sign-in cookie would make it, for a demo account.</summary>
    public static Actor Load(IServiceProvider services, string userName)
    {
        using var db = services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        var user = db.Users.AsNoTracking().Single(u => u.UserName == userName);
        var roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToHashSet();
        return new Actor(user.Id, user.DisplayName, roles, user.DistrictId, user.UnitId, user.ReviewLevel);
    }
}
