namespace Appointments.Domain.Districts;

/// <summary>One version of a district's thresholds, kept with who set it and when; the newest is in
/// force, and a booking points at the version it was judged by.</summary>
public class ThresholdChange
{
    private ThresholdChange() { }

    public ThresholdChange(int districtId, ThresholdSet thresholds, DateTime changedAtUtc, string changedById, string changedByName)
    {
        DistrictId = districtId;
        Thresholds = thresholds;
        ChangedAtUtc = changedAtUtc;
        ChangedById = changedById;
        ChangedByName = changedByName;
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }
    public ThresholdSet Thresholds { get; private set; } = ThresholdSet.None;
    public DateTime ChangedAtUtc { get; private set; }
    public string ChangedById { get; private set; } = "";
    public string ChangedByName { get; private set; } = "";
}
