using Appointments.Domain.Processing;

namespace Appointments.Domain.Documents;

/// <summary>The printed documents of processing (DOMAIN.md, glossary).</summary>
public enum DocumentKind
{
    /// <summary>核定表: the result, for completed matters.</summary>
    AssessmentForm,

    /// <summary>业务受理回执: for matters accepted for review, with the pickup date.</summary>
    AcceptanceReceipt,

    /// <summary>业务办理提示: the missing materials of incomplete matters.</summary>
    ProcessingNotice,

    /// <summary>告知单: the reasons a review rejected matters; the materials are returned.</summary>
    RejectionNotice,
}

public static class DocumentKinds
{
    public static string Prefix(this DocumentKind kind) => kind switch
    {
        DocumentKind.AssessmentForm => "HD",
        DocumentKind.AcceptanceReceipt => "HZ",
        DocumentKind.ProcessingNotice => "TS",
        _ => "GZ",
    };

    /// <summary>The document a matter in <paramref name="state"/> goes on, if any (a refusal has none).</summary>
    public static DocumentKind? For(MatterState state) => state switch
    {
        MatterState.Completed => DocumentKind.AssessmentForm,
        MatterState.AcceptedForReview => DocumentKind.AcceptanceReceipt,
        MatterState.Incomplete => DocumentKind.ProcessingNotice,
        _ => null,
    };

    /// <summary>Numbers such as HZXH202612040007: kind, district, day of issue, and a daily sequence.</summary>
    public static string Number(this DocumentKind kind, string districtCode, DateOnly day, int sequence) =>
        $"{kind.Prefix()}{districtCode}{day:yyyyMMdd}{sequence:0000}";
}
