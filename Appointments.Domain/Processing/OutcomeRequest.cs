namespace Appointments.Domain.Processing;

/// <summary>One outcome recorded for many matters at once: each matter with the version the clerk saw.</summary>
public sealed record OutcomeRequest(int VisitId, IReadOnlyList<MatterVersion> Matters, MatterAction Action,
    IReadOnlyList<string> Missing, string? Reason);

public sealed record MatterVersion(int MatterId, int Version);
