using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;

namespace Appointments.Domain.Booking;

/// <summary>The core rule (DOMAIN.md, "The reservation threshold"): a batch must use the reservation
/// room when its total volume reaches the total threshold, or any one category reaches its own;
/// an empty threshold is not used.</summary>
public static class ThresholdRule
{
    public static ThresholdVerdict Judge(ThresholdSet thresholds, IEnumerable<DeclaredLine> lines)
    {
        var declared = lines.ToList();
        var comparisons = new List<ThresholdComparison>();
        foreach (var kind in ThresholdKinds.All)
        {
            if (thresholds.Of(kind) is { } threshold)
            {
                var category = kind.Category();
                var volume = declared.Where(l => category == ThresholdCategory.None || l.Category == category).Sum(l => l.Volume);
                comparisons.Add(new(kind, volume, threshold));
            }
        }

        return new ThresholdVerdict(comparisons.Any(c => c.Reached), comparisons);
    }
}
