using Appointments.Domain.Booking;

namespace Appointments.Domain.Hall;

/// <summary>What the front desk records for a hall visit: the card read, the matters declared, and for
/// an individual represented by someone else, the agent's card and the power of attorney.</summary>
public sealed record HallVisitSpec(string CardNumber, IReadOnlyList<DeclaredVolume> Lines, string? AgentCardNumber = null, bool PowerOfAttorney = false);
