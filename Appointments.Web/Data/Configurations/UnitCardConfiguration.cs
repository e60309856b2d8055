using Appointments.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class UnitCardConfiguration : IEntityTypeConfiguration<UnitCard>
{
    public void Configure(EntityTypeBuilder<UnitCard> b)
    {
        b.ToTable("Cards");
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.Number).HasMaxLength(30);
        b.Property(c => c.ReplacedByNumber).HasMaxLength(30);
        b.Property(c => c.StatusNote).HasMaxLength(100);
        b.ToTable(t => t.HasCheckConstraint("CK_Cards_Holder", "(\"UnitId\" IS NULL) <> (\"PersonId\" IS NULL)"));
    }
}
