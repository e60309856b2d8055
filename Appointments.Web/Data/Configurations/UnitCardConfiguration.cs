using Appointments.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class UnitCardConfiguration : IEntityTypeConfiguration<UnitCard>
{
    public void Configure(EntityTypeBuilder<UnitCard> b)
    {
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId);
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.Number).HasMaxLength(30);
    }
}
