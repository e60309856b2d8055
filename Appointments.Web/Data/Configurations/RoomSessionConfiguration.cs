using Appointments.Domain.Booking;
using Appointments.Domain.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class RoomSessionConfiguration : IEntityTypeConfiguration<RoomSession>
{
    public void Configure(EntityTypeBuilder<RoomSession> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(s => s.DistrictId);
        b.HasOne<SessionTemplate>().WithMany().HasForeignKey(s => s.TemplateId);
        b.HasIndex(s => new { s.TemplateId, s.Date }).IsUnique();
        b.HasIndex(s => new { s.DistrictId, s.Date });
        b.Property(s => s.Label).HasMaxLength(20);
        // The conditional update in BookingService keeps these true; the constraints are the last line of defence.
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_RoomSessions_Booked", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\"");
            t.HasCheckConstraint("CK_RoomSessions_BookedPhone", "\"BookedPhone\" >= 0 AND \"BookedPhone\" <= \"Booked\"");
        });
    }
}
