using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;

namespace Appointments.Domain.Booking;

/// <summary>The core rule (DOMAIN.md, "The reservation threshold"): a batch must use the reservation
/// room when its total volume reaches the total threshold, or any one category reaches its own;
/// an empty threshold is not used.</summary>
public static class ThresholdRule
{
    private static readonly (ThresholdKind Kind, ThresholdCategory Category)[] Categories =
    [
        (ThresholdKind.NewHire, ThresholdCategory.NewHire),
        (ThresholdKind.BackPayment, ThresholdCategory.BackPayment),
        (ThresholdKind.Adjustment, ThresholdCategory.Adjustment),
        (ThresholdKind.Retirement, ThresholdCategory.Retirement),
    ];

    public static ThresholdVerdict Judge(ThresholdSet thresholds, IEnumerable<DeclaredLine> lines)
    {
        var declared = lines.ToList();
        var comparisons = new List<ThresholdComparison>();
        if (thresholds.Total is { } total)
        {
            comparisons.Add(new(ThresholdKind.Total, declared.Sum(l => l.Volume), total));
        }

        foreach (var (kind, category) in Categories)
        {
            if (thresholds.For(category) is { } threshold)
            {
                comparisons.Add(new(kind, declared.Where(l => l.Category == category).Sum(l => l.Volume), threshold));
            }
        }

        return new ThresholdVerdict(comparisons.Any(c => c.Reached), comparisons);
    }
}
