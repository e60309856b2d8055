using Appointments.Domain.Common;

namespace Appointments.Domain.Booking;

/// <summary>A declared volume set against one threshold in use; "reached" means at or above it.</summary>
public sealed record ThresholdComparison(ThresholdKind Kind, int Volume, int Threshold)
{
    public bool Reached => Volume >= Threshold;

    /// <summary>For example "新进 45 人，达到本区预约阈值 30".</summary>
    public string Describe() => DomainText.Format(
        Reached ? "Verdict.Reached" : "Verdict.NotReached",
        DomainText.Get($"ThresholdKind.{Kind}"), Volume, Threshold,
        DomainText.Get(Kind == ThresholdKind.Total ? "Verdict.UnitMatters" : "Verdict.UnitPeople"));
}
