using Appointments.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class CardEventConfiguration : IEntityTypeConfiguration<CardEvent>
{
    public void Configure(EntityTypeBuilder<CardEvent> b)
    {
        b.HasOne<UnitCard>().WithMany().HasForeignKey(e => e.CardId);
        b.Property(e => e.Note).HasMaxLength(100);
        b.Property(e => e.ById).HasMaxLength(450);
        b.Property(e => e.ByName).HasMaxLength(100);
    }
}

public sealed class CardReadConfiguration : IEntityTypeConfiguration<CardRead>
{
    public void Configure(EntityTypeBuilder<CardRead> b)
    {
        b.Property(r => r.Number).HasMaxLength(40);
        b.Property(r => r.Place).HasMaxLength(30);
        b.Property(r => r.Outcome).HasMaxLength(40);
        b.Property(r => r.ById).HasMaxLength(450);
        b.HasIndex(r => r.AtUtc);
    }
}

public sealed class CommitmentLetterConfiguration : IEntityTypeConfiguration<CommitmentLetter>
{
    public void Configure(EntityTypeBuilder<CommitmentLetter> b)
    {
        b.HasOne<Unit>().WithMany().HasForeignKey(l => l.UnitId);
        b.HasOne<UnitCard>().WithMany().HasForeignKey(l => l.CardId);
        b.Property(l => l.LegalRepresentative).HasMaxLength(30);
        b.Property(l => l.RecordedById).HasMaxLength(450);
        b.Property(l => l.RecordedByName).HasMaxLength(100);
    }
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.HasOne<Appointments.Domain.Districts.District>().WithMany().HasForeignKey(p => p.DistrictId);
        b.Property(p => p.Name).HasMaxLength(30);
        b.Property(p => p.IdNumber).HasMaxLength(18);
        b.HasIndex(p => p.IdNumber).IsUnique();
        b.Ignore(p => p.MaskedIdNumber);
    }
}
