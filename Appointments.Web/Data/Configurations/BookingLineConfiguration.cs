using Appointments.Domain.Booking;
using Appointments.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class BookingLineConfiguration : IEntityTypeConfiguration<BookingLine>
{
    public void Configure(EntityTypeBuilder<BookingLine> b)
    {
        b.HasOne<MatterType>().WithMany().HasForeignKey(l => l.MatterTypeId);
        b.Property(l => l.NameZh).HasMaxLength(50);
        b.Property(l => l.NameEn).HasMaxLength(100);
        b.ToTable(t => t.HasCheckConstraint("CK_BookingLines_Volume", "\"Volume\" >= 0"));
    }
}
