using Appointments.Domain.Catalog;
using Appointments.Domain.Common;
using FluentValidation;
using Appointments.Domain.Districts;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Services.Catalog;

public sealed record DistrictCatalog(District District, IReadOnlyList<MatterType> Types);

/// <summary>A district's catalogue of matter types as forms show it.</summary>
public sealed class CatalogService(IDbContextFactory<AppDbContext> dbFactory, IValidator<MatterTypeSpec> validator)
{
    /// <summary>Every type of the admin's district, withdrawn ones too.</summary>
    public async Task<IReadOnlyList<MatterType>> ListForAdminAsync(Actor actor)
    {
        if (!actor.IsIn(Roles.DistrictAdmin))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.MatterTypes.AsNoTracking().Where(t => t.DistrictId == actor.DistrictId).OrderBy(t => t.Id).ToListAsync();
    }

    /// <summary>Adds (no id) or changes a matter type of the admin's own district.</summary>
    public async Task<Result> SaveAsync(int? id, MatterTypeSpec spec, Actor actor)
    {
        if (!actor.IsIn(Roles.DistrictAdmin) || actor.DistrictId is not { } districtId)
        {
            return Result.Refuse("Access.Forbidden");
        }

        var validation = await validator.ValidateAsync(spec);
        if (!validation.IsValid)
        {
            return Result.Refuse("Validation", validation.Errors[0].ErrorMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var code = spec.Code.Trim().ToUpperInvariant();
        if (await db.MatterTypes.AnyAsync(t => t.DistrictId == districtId && t.Code == code && t.Id != id))
        {
            return Result.Refuse("Catalog.Duplicate", code);
        }

        if (id is null)
        {
            db.MatterTypes.Add(MatterType.Create(districtId, spec));
        }
        else if (await db.MatterTypes.FirstOrDefaultAsync(t => t.Id == id && t.DistrictId == districtId) is { } type)
        {
            type.Apply(spec);
        }
        else
        {
            return Result.Refuse("Catalog.NotFound");
        }

        await db.SaveChangesAsync();
        return Result.Ok();
    }

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
