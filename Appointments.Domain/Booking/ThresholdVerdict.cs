using Appointments.Domain.Common;

namespace Appointments.Domain.Booking;

/// <summary>Whether a declared batch must use the reservation room, and why, in words.</summary>
public sealed record ThresholdVerdict(bool RequiresReservation, IReadOnlyList<ThresholdComparison> Comparisons)
{
    public IEnumerable<ThresholdComparison> Reasons =>
        RequiresReservation ? Comparisons.Where(c => c.Reached) : Comparisons;

    public string Headline => DomainText.Get(
        RequiresReservation ? "Verdict.Headline.Reservation"
        : Comparisons.Count == 0 ? "Verdict.Headline.NoThresholds"
        : "Verdict.Headline.Hall");

    public IReadOnlyList<string> ReasonLines => Reasons.Select(r => r.Describe()).ToList();

    public string Describe() => ReasonLines.Count == 0
        ? Headline
        : Headline + DomainText.Get("Verdict.Separator") + string.Join(DomainText.Get("Verdict.Join"), ReasonLines);
}
