using Appointments.Domain.Booking;
using Appointments.Domain.Catalog;

namespace Appointments.Domain.Districts;

/// <summary>A district's reservation thresholds; null means the threshold is not used.</summary>
public sealed record ThresholdSet(int? Total, int? NewHire, int? BackPayment, int? Adjustment, int? Retirement)
{
    public static readonly ThresholdSet None = new(null, null, null, null, null);

    public int? Of(ThresholdKind kind) => kind switch
    {
        ThresholdKind.Total => Total,
        ThresholdKind.NewHire => NewHire,
        ThresholdKind.BackPayment => BackPayment,
        ThresholdKind.Adjustment => Adjustment,
        _ => Retirement,
    };

    public static ThresholdSet From(Func<ThresholdKind, int?> value) => new(
        value(ThresholdKind.Total), value(ThresholdKind.NewHire), value(ThresholdKind.BackPayment),
        value(ThresholdKind.Adjustment), value(ThresholdKind.Retirement));
}
