using Appointments.Domain.Booking;
using Appointments.Domain.Catalog;
using Appointments.Domain.Hall;

namespace Appointments.Web.Services.Hall;

/// <summary>A ticket as issued: what the printed slip shows.</summary>
public sealed record IssuedTicket(int Id, string Code, CounterPosition Position, DateTime IssuedAtUtc, int WaitingAhead);

/// <summary>What the front desk decides from a declaration: the positions and, for a unit, the verdict.</summary>
public sealed record Triage(IReadOnlyList<CounterPosition> Positions, ThresholdVerdict? Verdict)
{
    public bool MustBook => Verdict?.RequiresReservation == true;
}

/// <summary>The display board: the latest calls, and how many wait per position.</summary>
public sealed record HallBoard(IReadOnlyList<(string Code, string Window, DateTime CalledAtUtc)> Calls,
    IReadOnlyDictionary<CounterPosition, int> Waiting);

/// <summary>One position on the front-desk panel.</summary>
public sealed record PositionLoad(CounterPosition Position, int Waiting, TimeSpan? AverageWait, TimeSpan? LongestWaiting);

/// <summary>A window's current ticket with the visit behind it.</summary>
public sealed record WindowTicket(Ticket Ticket, Visit Visit, string Holder);
