using Microsoft.EntityFrameworkCore;
using Appointments.Domain.Districts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Web.Data.Configurations;

/// <summary>The same column names wherever a <see cref="ThresholdSet"/> is stored.</summary>
internal static class ThresholdColumns
{
    public static void Map(ComplexPropertyBuilder<ThresholdSet> t)
    {
        t.Property(x => x.Total).HasColumnName("ThresholdTotal");
        t.Property(x => x.NewHire).HasColumnName("ThresholdNewHire");
        t.Property(x => x.BackPayment).HasColumnName("ThresholdBackPayment");
        t.Property(x => x.Adjustment).HasColumnName("ThresholdAdjustment");
        t.Property(x => x.Retirement).HasColumnName("ThresholdRetirement");
    }
}
