using Appointments.Domain.Districts;
using Appointments.Domain.Units;
using Appointments.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(50);
        b.HasOne<District>().WithMany().HasForeignKey(u => u.DistrictId);
        b.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId);
    }
}
