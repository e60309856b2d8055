using Appointments.Domain.Booking;
using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;
using Appointments.Domain.Units;

namespace Appointments.Web.Services.Booking;

/// <summary>What a booking form needs: the unit, its district, the catalogue and the thresholds in force.</summary>
public sealed record BookingForm(Unit Unit, District District, IReadOnlyList<MatterType> Types, ThresholdSet Thresholds)
{
    public ThresholdVerdict Judge(IEnumerable<DeclaredVolume> volumes)
    {
        var byId = Types.ToDictionary(t => t.Id);
        return ThresholdRule.Judge(Thresholds, volumes
            .Where(v => byId.ContainsKey(v.MatterTypeId))
            .Select(v => new DeclaredLine(v.MatterTypeId, byId[v.MatterTypeId].Category, v.Volume)));
    }
}
