using Appointments.Domain.Catalog;

namespace Appointments.Domain.Booking;

/// <summary>The thresholds a district can set: the total volume, and four categories.</summary>
public enum ThresholdKind
{
    Total,
    NewHire,
    BackPayment,
    Adjustment,
    Retirement,
}

public static class ThresholdKinds
{
    public static readonly ThresholdKind[] All = Enum.GetValues<ThresholdKind>();

    /// <summary>The matter category a kind counts; <see cref="ThresholdCategory.None"/> for the total, which counts every matter.</summary>
    public static ThresholdCategory Category(this ThresholdKind kind) => kind switch
    {
        ThresholdKind.NewHire => ThresholdCategory.NewHire,
        ThresholdKind.BackPayment => ThresholdCategory.BackPayment,
        ThresholdKind.Adjustment => ThresholdCategory.Adjustment,
        ThresholdKind.Retirement => ThresholdCategory.Retirement,
        _ => ThresholdCategory.None,
    };
}
