namespace Appointments.Domain.Units;

public enum CardEventKind
{
    Issued,
    Enabled,
    Suspended,
    Reinstated,
    Replaced,
}

/// <summary>One entry of a card's history, with who and when.</summary>
public class CardEvent
{
    private CardEvent() { }

    public CardEvent(int cardId, CardEventKind kind, string? note, DateTime atUtc, string byId, string byName)
    {
        CardId = cardId;
        Kind = kind;
        Note = note;
        AtUtc = atUtc;
        ById = byId;
        ByName = byName;
    }

    public long Id { get; private set; }
    public int CardId { get; private set; }
    public CardEventKind Kind { get; private set; }
    public string? Note { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ById { get; private set; } = "";
    public string ByName { get; private set; } = "";
}
