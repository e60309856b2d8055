namespace Appointments.Domain.Processing;

/// <summary>One outcome recorded for many matters at once: each matter with the version the clerk saw.
/// At a hall window, <paramref name="TicketId"/> is the ticket being served (its position bounds the matters).</summary>
public sealed record OutcomeRequest(int VisitId, IReadOnlyList<MatterVersion> Matters, MatterAction Action,
    IReadOnlyList<string> Missing, string? Reason, int? TicketId = null);

public sealed record MatterVersion(int MatterId, int Version);
