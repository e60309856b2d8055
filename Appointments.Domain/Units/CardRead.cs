namespace Appointments.Domain.Units;

/// <summary>The log of every card read: what was presented, where, by whom, and the answer.</summary>
public class CardRead
{
    private CardRead() { }

    public CardRead(string number, string place, string outcome, int? cardId, int? districtId, DateTime atUtc, string byId)
    {
        Number = number.Length > 40 ? number[..40] : number;
        Place = place;
        Outcome = outcome;
        CardId = cardId;
        DistrictId = districtId;
        AtUtc = atUtc;
        ById = byId;
    }

    public long Id { get; private set; }
    public string Number { get; private set; } = "";
    public string Place { get; private set; } = "";

    /// <summary>"Ok" or the refusal's code (Card.Unknown, Card.Suspended …).</summary>
    public string Outcome { get; private set; } = "";
    public int? CardId { get; private set; }
    public int? DistrictId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ById { get; private set; } = "";
}
