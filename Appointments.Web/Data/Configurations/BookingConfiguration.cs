using Appointments.Domain.Booking;
using Appointments.Domain.Districts;
using Appointments.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(x => x.DistrictId);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        b.HasOne(x => x.Session).WithMany().HasForeignKey(x => x.SessionId);
        b.HasOne<ThresholdChange>().WithMany().HasForeignKey(x => x.ThresholdChangeId);
        b.HasOne<Appointments.Domain.Hall.Visit>().WithOne().HasForeignKey<Booking>(x => x.VisitId);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.BookingId);
        b.Navigation(x => x.Lines).HasField("_lines");

        b.Property(x => x.Reference).HasMaxLength(20);
        b.HasIndex(x => x.Reference).IsUnique();
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
        b.HasIndex(x => new { x.UnitId, x.SessionId }).IsUnique()
            .HasFilter("\"Status\" = 'Active'")
            .HasDatabaseName("IX_Bookings_OneActivePerUnitAndSession");
        b.HasIndex(x => new { x.SessionId, x.Status });
        b.Property(x => x.CreatedById).HasMaxLength(450);
        b.Property(x => x.CreatedByName).HasMaxLength(100);
        b.Property(x => x.ChangedByName).HasMaxLength(100);
        b.Property(x => x.Sequence).IsConcurrencyToken();
        b.Ignore(x => x.Verdict);
        b.ComplexProperty(x => x.JudgedBy, ThresholdColumns.Map);
    }
}
