using Appointments.Domain.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class ClosureConfiguration : IEntityTypeConfiguration<Closure>
{
    public void Configure(EntityTypeBuilder<Closure> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(c => c.DistrictId);
        b.HasIndex(c => new { c.DistrictId, c.Date }).IsUnique();
        b.Property(c => c.Reason).HasMaxLength(50);
    }
}
