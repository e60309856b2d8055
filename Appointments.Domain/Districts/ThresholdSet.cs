using Appointments.Domain.Catalog;

namespace Appointments.Domain.Districts;

/// <summary>A district's reservation thresholds; null means the threshold is not used.</summary>
public sealed record ThresholdSet(int? Total, int? NewHire, int? BackPayment, int? Adjustment, int? Retirement)
{
    public static readonly ThresholdSet None = new(null, null, null, null, null);

    public int? For(ThresholdCategory category) => category switch
    {
        ThresholdCategory.NewHire => NewHire,
        ThresholdCategory.BackPayment => BackPayment,
        ThresholdCategory.Adjustment => Adjustment,
        ThresholdCategory.Retirement => Retirement,
        _ => null,
    };
}
