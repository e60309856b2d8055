using Appointments.Domain.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class ThresholdChangeConfiguration : IEntityTypeConfiguration<ThresholdChange>
{
    public void Configure(EntityTypeBuilder<ThresholdChange> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(t => t.DistrictId);
        b.HasIndex(t => new { t.DistrictId, t.Id });
        b.ComplexProperty(t => t.Thresholds, ThresholdColumns.Map);
        b.Property(t => t.ChangedById).HasMaxLength(450);
        b.Property(t => t.ChangedByName).HasMaxLength(100);
    }
}
