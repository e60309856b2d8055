using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;
using Appointments.Domain.Hall;
using Appointments.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(v => v.DistrictId);
        b.HasOne<Unit>().WithMany().HasForeignKey(v => v.UnitId);
        b.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId);
        b.HasMany(v => v.Lines).WithOne().HasForeignKey(l => l.VisitId);
        b.Navigation(v => v.Lines).HasField("_lines");
        b.Property(v => v.CardNumber).HasMaxLength(30);
        b.Property(v => v.AgentCardNumber).HasMaxLength(30);
        b.Property(v => v.CreatedById).HasMaxLength(450);
        b.Property(v => v.CreatedByName).HasMaxLength(100);
        b.Property(v => v.ServedById).HasMaxLength(450);
        b.Property(v => v.ServedByName).HasMaxLength(100);
    }
}

public sealed class VisitLineConfiguration : IEntityTypeConfiguration<VisitLine>
{
    public void Configure(EntityTypeBuilder<VisitLine> b)
    {
        b.HasOne<MatterType>().WithMany().HasForeignKey(l => l.MatterTypeId);
        b.Property(l => l.NameZh).HasMaxLength(50);
        b.Property(l => l.NameEn).HasMaxLength(100);
        b.ToTable(t => t.HasCheckConstraint("CK_VisitLines_Volume", "\"Volume\" > 0"));
    }
}

public sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(t => t.DistrictId);
        b.HasOne<Visit>().WithMany().HasForeignKey(t => t.VisitId);
        b.HasOne<HallWindow>().WithMany().HasForeignKey(t => t.WindowId);
        // The code (A001 …) is unique per district and day; a transferred ticket keeps its code in another queue.
        b.HasIndex(t => new { t.DistrictId, t.Date, t.Code }).IsUnique();
        b.HasIndex(t => new { t.DistrictId, t.Date, t.Position, t.Status, t.QueuedAtUtc });
        b.HasIndex(t => new { t.WindowId, t.Status });
        b.Property(t => t.Code).HasMaxLength(10);
        b.Property(t => t.WindowName).HasMaxLength(30);
        b.Property(t => t.Version).IsConcurrencyToken();
    }
}

public sealed class HallWindowConfiguration : IEntityTypeConfiguration<HallWindow>
{
    public void Configure(EntityTypeBuilder<HallWindow> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(w => w.DistrictId);
        b.HasIndex(w => new { w.DistrictId, w.Name }).IsUnique();
        b.Property(w => w.Name).HasMaxLength(30);
        b.Property(w => w.ClerkId).HasMaxLength(450);
        b.Property(w => w.ClerkName).HasMaxLength(100);
        b.Ignore(w => w.IsOpen);
    }
}

public sealed class TicketCounterConfiguration : IEntityTypeConfiguration<TicketCounter>
{
    public void Configure(EntityTypeBuilder<TicketCounter> b)
    {
        b.HasKey(c => new { c.DistrictId, c.Date, c.Position });
    }
}
