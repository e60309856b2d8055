using Appointments.Domain.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> b)
    {
        b.Property(d => d.Code).HasMaxLength(10);
        b.HasIndex(d => d.Code).IsUnique();
        b.Property(d => d.NameZh).HasMaxLength(50);
        b.Property(d => d.NameEn).HasMaxLength(100);
        b.ComplexProperty(d => d.Window, w =>
        {
            w.Property(x => x.MinDaysAhead).HasColumnName("WindowMinDaysAhead");
            w.Property(x => x.MaxDaysAhead).HasColumnName("WindowMaxDaysAhead");
        });
    }
}
