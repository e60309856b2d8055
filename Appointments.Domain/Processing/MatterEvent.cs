namespace Appointments.Domain.Processing;

/// <summary>The audit of a matter: every outcome, resumption and document, with who and when.</summary>
public class MatterEvent
{
    private MatterEvent() { }

    public MatterEvent(int matterId, string what, MatterState state, string? detail, DateTime atUtc, string byId, string byName)
    {
        MatterId = matterId;
        What = what;
        State = state;
        Detail = detail is { Length: > 200 } ? detail[..200] : detail;
        AtUtc = atUtc;
        ById = byId;
        ByName = byName;
    }

    public long Id { get; private set; }
    public int MatterId { get; private set; }

    /// <summary>The action (Complete, Resume, Document …).</summary>
    public string What { get; private set; } = "";
    public MatterState State { get; private set; }
    public string? Detail { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ById { get; private set; } = "";
    public string ByName { get; private set; } = "";
}
