namespace Appointments.Domain.Catalog;

/// <summary>What a district admin edits of a matter type.</summary>
public sealed record MatterTypeSpec(string Code, string NameZh, string NameEn, CounterPosition Position, ThresholdCategory Category,
    int ReviewLevels, IReadOnlyList<string> Materials, bool Active);
