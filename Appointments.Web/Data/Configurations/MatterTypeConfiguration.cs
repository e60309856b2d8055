using Appointments.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Appointments.Domain.Districts;

namespace Appointments.Web.Data.Configurations;

public sealed class MatterTypeConfiguration : IEntityTypeConfiguration<MatterType>
{
    public void Configure(EntityTypeBuilder<MatterType> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(m => m.DistrictId);
        b.HasIndex(m => new { m.DistrictId, m.Code }).IsUnique();
        b.Property(m => m.Code).HasMaxLength(30);
        b.Property(m => m.NameZh).HasMaxLength(50);
        b.Property(m => m.NameEn).HasMaxLength(100);
        b.Property(m => m.Materials).HasMaxLength(2000);
    }
}
