namespace Appointments.Domain.Review;

/// <summary>Every review decision, with the level, who and when; kept after later levels decide.</summary>
public class ReviewDecision
{
    private ReviewDecision() { }

    public ReviewDecision(int matterId, int receiptId, int level, ReviewAction action, string? detail, DateTime atUtc, string byId, string byName)
    {
        MatterId = matterId;
        ReceiptId = receiptId;
        Level = level;
        Action = action;
        Detail = detail;
        AtUtc = atUtc;
        ById = byId;
        ByName = byName;
    }

    public long Id { get; private set; }
    public int MatterId { get; private set; }
    public int ReceiptId { get; private set; }
    public int Level { get; private set; }
    public ReviewAction Action { get; private set; }
    public string? Detail { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ById { get; private set; } = "";
    public string ByName { get; private set; } = "";
}
