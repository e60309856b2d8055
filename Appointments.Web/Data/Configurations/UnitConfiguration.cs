using Appointments.Domain.Districts;
using Appointments.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(u => u.DistrictId);
        b.HasIndex(u => u.Code).IsUnique();
        b.HasIndex(u => new { u.DistrictId, u.Name });
        b.Property(u => u.Code).HasMaxLength(20);
        b.Property(u => u.Name).HasMaxLength(100);
        b.Property(u => u.ContactName).HasMaxLength(50);
        b.Property(u => u.ContactEmail).HasMaxLength(256);
    }
}
