using Appointments.Domain.Units;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Services.Units;

/// <summary>Finding units of the actor's district by code or name (front desk taking a phone call).</summary>
public sealed class UnitDirectory(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<Unit>> SearchAsync(string text, Actor actor, int take = 20)
    {
        text = text.Trim();
        if (!actor.IsStaff || actor.DistrictId is not { } districtId || text.Length == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var pattern = $"%{text.Replace("%", "").Replace("_", "")}%";
        return await db.Units.AsNoTracking()
            .Where(u => u.DistrictId == districtId && (u.Code == text || EF.Functions.Like(u.Name, pattern) || EF.Functions.Like(u.Code, pattern)))
            .OrderBy(u => u.Code).Take(take).ToListAsync();
    }

    public async Task<string?> DistrictNameAsync(int? districtId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Districts.Where(d => d.Id == districtId).Select(d => d.NameZh).FirstOrDefaultAsync();
    }

    public async Task<string?> DistrictCodeAsync(int? districtId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Districts.Where(d => d.Id == districtId).Select(d => d.Code).FirstOrDefaultAsync();
    }

    public async Task<Unit?> FindAsync(int unitId, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId);
        return unit is not null && UnitAccess.CanSee(actor, unit) ? unit : null;
    }
}
