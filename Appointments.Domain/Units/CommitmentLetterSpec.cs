namespace Appointments.Domain.Units;

/// <summary>What the front desk records from a lodged letter, with the card it enables.</summary>
public sealed record CommitmentLetterSpec(string CardNumber, string LegalRepresentative, DateOnly SignedOn,
    bool Signed, bool Sealed, bool CopyReturnedToUnit, bool CopyKept);
