namespace Appointments.Domain.Units;

/// <summary>A lodged commitment letter (承诺书): signed by the unit's legal representative and sealed,
/// in two copies, one returned to the unit and one kept by the centre (DOMAIN.md, process 1).</summary>
public class CommitmentLetter
{
    private CommitmentLetter() { }

    public CommitmentLetter(int unitId, int cardId, CommitmentLetterSpec spec, DateTime nowUtc, string byId, string byName)
    {
        UnitId = unitId;
        CardId = cardId;
        LegalRepresentative = spec.LegalRepresentative.Trim();
        SignedOn = spec.SignedOn;
        Signed = spec.Signed;
        Sealed = spec.Sealed;
        CopyReturnedToUnit = spec.CopyReturnedToUnit;
        CopyKept = spec.CopyKept;
        RecordedAtUtc = nowUtc;
        RecordedById = byId;
        RecordedByName = byName;
    }

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public int CardId { get; private set; }
    public string LegalRepresentative { get; private set; } = "";
    public DateOnly SignedOn { get; private set; }
    public bool Signed { get; private set; }
    public bool Sealed { get; private set; }
    public bool CopyReturnedToUnit { get; private set; }
    public bool CopyKept { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }
    public string RecordedById { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
}
