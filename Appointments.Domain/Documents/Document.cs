using Appointments.Domain.Common;

namespace Appointments.Domain.Documents;

/// <summary>An issued document, generated from the recorded outcomes; printed in duplicate (for the unit
/// and for the centre), stamped, and signed by the handler.</summary>
public class Document
{
    private readonly List<DocumentLine> _lines = [];

    private Document() { }

    public Document(DocumentKind kind, string number, int districtId, int visitId, int? unitId, int? personId,
        IEnumerable<DocumentLine> lines, DateOnly? pickupDate, DateTime nowUtc, string byId, string byName)
    {
        Kind = kind;
        Number = number;
        DistrictId = districtId;
        VisitId = visitId;
        UnitId = unitId;
        PersonId = personId;
        _lines.AddRange(lines);
        PickupDate = pickupDate;
        IssuedAtUtc = nowUtc;
        IssuedById = byId;
        IssuedByName = byName;
    }

    public int Id { get; private set; }
    public DocumentKind Kind { get; private set; }
    public string Number { get; private set; } = "";
    public int DistrictId { get; private set; }
    public int VisitId { get; private set; }
    public int? UnitId { get; private set; }
    public int? PersonId { get; private set; }
    public IReadOnlyList<DocumentLine> Lines => _lines;

    /// <summary>For an acceptance receipt: the day from which the result can be collected.</summary>
    public DateOnly? PickupDate { get; private set; }
    public DateTime IssuedAtUtc { get; private set; }
    public string IssuedById { get; private set; } = "";
    public string IssuedByName { get; private set; } = "";
    public int PrintCount { get; private set; }
    public DateTime? LastPrintedAtUtc { get; private set; }

    /// <summary>The handler who checked and signed it, recorded by the clerk.</summary>
    public string? SignedByHandler { get; private set; }
    public DateTime? SignedAtUtc { get; private set; }
    public string? SignatureRecordedByName { get; private set; }
    public int Version { get; private set; }

    /// <summary>For a 核定表 or 告知单 handed over after review: the acceptance receipt it answers.</summary>
    public int? ReceiptId { get; private set; }

    /// <summary>For an acceptance receipt: withdrawn once the result is handed over; it cannot be used again.</summary>
    public DateTime? WithdrawnAtUtc { get; private set; }
    public string? WithdrawnByName { get; private set; }

    /// <summary>For a 告知单: when the materials were handed back.</summary>
    public DateTime? MaterialsReturnedAtUtc { get; private set; }

    public void Answers(int receiptId) => ReceiptId = receiptId;

    /// <summary>Every print after the first is a reprint, and says so.</summary>
    public bool IsReprint => PrintCount > 1;

    public void RecordPrint(DateTime nowUtc)
    {
        PrintCount++;
        LastPrintedAtUtc = nowUtc;
        Version++;
    }

    public Result Sign(string handler, DateTime nowUtc, string recordedByName)
    {
        if (SignedAtUtc is not null)
        {
            return Result.Refuse("Document.AlreadySigned", Number, SignedByHandler ?? "");
        }

        if (string.IsNullOrWhiteSpace(handler))
        {
            return Result.Refuse("Document.HandlerRequired");
        }

        SignedByHandler = handler.Trim();
        SignedAtUtc = nowUtc;
        SignatureRecordedByName = recordedByName;
        Version++;
        return Result.Ok();
    }
}

/// <summary>A matter as it stands on a document: name, number in batch, and (for a notice) what is missing.</summary>
public class DocumentLine
{
    private DocumentLine() { }

    public DocumentLine(int matterId, string nameZh, string nameEn, int seq, string? detail)
    {
        MatterId = matterId;
        NameZh = nameZh;
        NameEn = nameEn;
        Seq = seq;
        Detail = detail;
    }

    public int Id { get; private set; }
    public int DocumentId { get; private set; }
    public int MatterId { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public int Seq { get; private set; }
    public string? Detail { get; private set; }
}
