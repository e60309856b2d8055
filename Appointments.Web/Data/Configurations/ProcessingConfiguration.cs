using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;
using Appointments.Domain.Documents;
using Appointments.Domain.Hall;
using Appointments.Domain.Processing;
using Appointments.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(m => m.DistrictId);
        b.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId);
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId);
        b.HasOne<Visit>().WithMany().HasForeignKey(m => m.VisitId);
        b.HasOne<Visit>().WithMany().HasForeignKey(m => m.FirstVisitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MatterType>().WithMany().HasForeignKey(m => m.MatterTypeId);
        b.HasIndex(m => new { m.VisitId, m.State });
        b.HasIndex(m => new { m.UnitId, m.State });
        b.Property(m => m.NameZh).HasMaxLength(50);
        b.Property(m => m.NameEn).HasMaxLength(100);
        b.Property(m => m.Missing).HasMaxLength(1000);
        b.Property(m => m.RefusalReason).HasMaxLength(200);
        b.Property(m => m.DecidedById).HasMaxLength(450);
        b.Property(m => m.DecidedByName).HasMaxLength(100);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Property(m => m.ReviewResult).HasMaxLength(200);
        b.Property(m => m.ReviewReason).HasMaxLength(200);
        b.Property(m => m.ReviewedById).HasMaxLength(450);
        b.Property(m => m.ReviewedByName).HasMaxLength(100);
        b.HasOne<Document>().WithMany().HasForeignKey(m => m.ReceiptId);
        b.HasIndex(m => new { m.ReceiptId, m.State });
        b.Ignore(m => m.MissingList);
        b.Ignore(m => m.AwaitsReview);
        b.Ignore(m => m.PendingLevel);
    }
}

public sealed class MatterEventConfiguration : IEntityTypeConfiguration<MatterEvent>
{
    public void Configure(EntityTypeBuilder<MatterEvent> b)
    {
        b.HasOne<Matter>().WithMany().HasForeignKey(e => e.MatterId);
        b.HasIndex(e => e.MatterId);
        b.Property(e => e.What).HasMaxLength(30);
        b.Property(e => e.Detail).HasMaxLength(200);
        b.Property(e => e.ById).HasMaxLength(450);
        b.Property(e => e.ByName).HasMaxLength(100);
    }
}

public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(d => d.DistrictId);
        b.HasOne<Visit>().WithMany().HasForeignKey(d => d.VisitId);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId);
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId);
        b.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DocumentId);
        b.Navigation(d => d.Lines).HasField("_lines");
        b.HasIndex(d => d.Number).IsUnique();
        b.HasIndex(d => d.VisitId);
        b.Property(d => d.Number).HasMaxLength(30);
        b.Property(d => d.IssuedById).HasMaxLength(450);
        b.Property(d => d.IssuedByName).HasMaxLength(100);
        b.Property(d => d.SignedByHandler).HasMaxLength(50);
        b.Property(d => d.SignatureRecordedByName).HasMaxLength(100);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Property(d => d.WithdrawnByName).HasMaxLength(100);
        b.HasOne<Document>().WithMany().HasForeignKey(d => d.ReceiptId);
        b.HasIndex(d => new { d.DistrictId, d.Kind, d.WithdrawnAtUtc });
        b.Ignore(d => d.IsReprint);
    }
}

public sealed class DocumentLineConfiguration : IEntityTypeConfiguration<DocumentLine>
{
    public void Configure(EntityTypeBuilder<DocumentLine> b)
    {
        b.HasOne<Matter>().WithMany().HasForeignKey(l => l.MatterId);
        b.HasIndex(l => l.MatterId);
        b.Property(l => l.NameZh).HasMaxLength(50);
        b.Property(l => l.NameEn).HasMaxLength(100);
        b.Property(l => l.Detail).HasMaxLength(1000);
    }
}

public sealed class DocumentCounterConfiguration : IEntityTypeConfiguration<DocumentCounter>
{
    public void Configure(EntityTypeBuilder<DocumentCounter> b) => b.HasKey(c => new { c.DistrictId, c.Date, c.Kind });
}

public sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<Appointments.Domain.Review.ReviewDecision>
{
    public void Configure(EntityTypeBuilder<Appointments.Domain.Review.ReviewDecision> b)
    {
        b.HasOne<Matter>().WithMany().HasForeignKey(d => d.MatterId);
        b.HasOne<Document>().WithMany().HasForeignKey(d => d.ReceiptId);
        b.HasIndex(d => new { d.ReceiptId, d.Level });
        b.Property(d => d.Detail).HasMaxLength(200);
        b.Property(d => d.ById).HasMaxLength(450);
        b.Property(d => d.ByName).HasMaxLength(100);
    }
}
