using Appointments.Domain.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

public sealed class SessionTemplateConfiguration : IEntityTypeConfiguration<SessionTemplate>
{
    public void Configure(EntityTypeBuilder<SessionTemplate> b)
    {
        b.HasOne<District>().WithMany().HasForeignKey(s => s.DistrictId);
        b.Property(s => s.Label).HasMaxLength(20);
        b.Ignore(s => s.PhoneReserved);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_SessionTemplates_Capacity", "\"Capacity\" > 0");
            t.HasCheckConstraint("CK_SessionTemplates_PhoneShare", "\"PhoneSharePercent\" BETWEEN 0 AND 100");
        });
    }
}
