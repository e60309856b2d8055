using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Services.Catalog;

public sealed record DistrictCatalog(District District, IReadOnlyList<MatterType> Types);

/// <summary>A district's catalogue of matter types as forms show it.</summary>
public sealed class CatalogService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<DistrictCatalog?> GetAsync(int districtId, Actor actor)
    {
        if (!actor.IsStaff || actor.DistrictId != districtId)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var district = await db.Districts.AsNoTracking().FirstAsync(d => d.Id == districtId);
        return new DistrictCatalog(district, await ActiveTypesAsync(db, districtId));
    }

    internal static Task<List<MatterType>> ActiveTypesAsync(AppDbContext db, int districtId) =>
        db.MatterTypes.AsNoTracking().Where(t => t.DistrictId == districtId && t.Active).OrderBy(t => t.Id).ToListAsync();
}
