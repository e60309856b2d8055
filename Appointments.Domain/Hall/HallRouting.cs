using Appointments.Domain.Catalog;

namespace Appointments.Domain.Hall;

/// <summary>Where the front desk sends a visit (DOMAIN.md, "Routing"): any special matter sends the
/// whole visit to the special position, which also handles its general matters. Otherwise each
/// general position gets its own matters: a visit with settlement changes and benefit claims gets a
/// ticket for each of the two positions (the source is silent on this mix; no window handles both).</summary>
public static class HallRouting
{
    public static IReadOnlyList<CounterPosition> Route(IEnumerable<CounterPosition> matterPositions)
    {
        var positions = matterPositions.Distinct().ToList();
        if (positions.Contains(CounterPosition.Special))
        {
            return [CounterPosition.Special];
        }

        return positions.Order().ToList();
    }

    /// <summary>The position whose ticket handles a matter of <paramref name="matter"/>'s position in a visit routed to <paramref name="routes"/>.</summary>
    public static CounterPosition HandledAt(CounterPosition matter, IReadOnlyList<CounterPosition> routes) =>
        routes.Contains(CounterPosition.Special) ? CounterPosition.Special : matter;
}
