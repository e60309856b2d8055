using Appointments.Domain.Common;

namespace Appointments.Domain.Units;

/// <summary>A card that identifies its holder at every visit (持卡办事): a unit payment card
/// (牡丹社会保险缴费卡) or the social security card of an individual who pays their own contributions.
/// Card-based service is enabled once the unit's commitment letter is lodged.</summary>
public class UnitCard
{
    private UnitCard() { }

    private UnitCard(CardHolderKind kind, int? unitId, int? personId, string number, CardStatus status, DateTime nowUtc)
    {
        Kind = kind;
        UnitId = unitId;
        PersonId = personId;
        Number = number;
        Status = status;
        StatusChangedAtUtc = nowUtc;
        EnabledAtUtc = status == CardStatus.Enabled ? nowUtc : null;
    }

    /// <summary>An enabled unit card (the demo, and enabling on the spot).</summary>
    public UnitCard(int unitId, string number, DateTime enabledAtUtc)
        : this(CardHolderKind.Unit, unitId, null, number, CardStatus.Enabled, enabledAtUtc) { }

    public static UnitCard IssuedToUnit(int unitId, string number, DateTime nowUtc) =>
        new(CardHolderKind.Unit, unitId, null, number, CardStatus.NotEnabled, nowUtc);

    public static UnitCard ForPerson(int personId, string number, DateTime nowUtc) =>
        new(CardHolderKind.Person, null, personId, number, CardStatus.Enabled, nowUtc);

    public int Id { get; private set; }
    public CardHolderKind Kind { get; private set; }
    public int? UnitId { get; private set; }
    public int? PersonId { get; private set; }
    public string Number { get; private set; } = "";
    public CardStatus Status { get; private set; }
    public DateTime? EnabledAtUtc { get; private set; }
    public DateTime StatusChangedAtUtc { get; private set; }
    public string? StatusNote { get; private set; }

    /// <summary>The card that replaced this one, once reissued.</summary>
    public string? ReplacedByNumber { get; private set; }

    /// <summary>Whether a read of this card identifies its holder, or the refusal to show.</summary>
    public Result CheckUsable() => Status switch
    {
        CardStatus.Enabled => Result.Ok(),
        CardStatus.NotEnabled => Result.Refuse("Card.NotEnabled", Number),
        CardStatus.Suspended => Result.Refuse("Card.Suspended", Number, StatusNote ?? ""),
        _ => Result.Refuse("Card.Replaced", Number, ReplacedByNumber ?? ""),
    };

    public Result Enable(DateTime nowUtc) => Move(CardStatus.NotEnabled, CardStatus.Enabled, nowUtc, null, () => EnabledAtUtc = nowUtc);

    public Result Suspend(string reason, DateTime nowUtc) => Move(CardStatus.Enabled, CardStatus.Suspended, nowUtc, reason);

    public Result Reinstate(DateTime nowUtc) => Move(CardStatus.Suspended, CardStatus.Enabled, nowUtc, null);

    /// <summary>Reissue: this card is replaced by <paramref name="newNumber"/>, from enabled or suspended.</summary>
    public Result ReplaceWith(string newNumber, DateTime nowUtc)
    {
        if (Status is not (CardStatus.Enabled or CardStatus.Suspended))
        {
            return Illegal(CardStatus.Replaced);
        }

        Status = CardStatus.Replaced;
        ReplacedByNumber = newNumber;
        StatusChangedAtUtc = nowUtc;
        return Result.Ok();
    }

    private Result Move(CardStatus from, CardStatus to, DateTime nowUtc, string? note, Action? also = null)
    {
        if (Status != from)
        {
            return Illegal(to);
        }

        Status = to;
        StatusNote = note;
        StatusChangedAtUtc = nowUtc;
        also?.Invoke();
        return Result.Ok();
    }

    private Result Illegal(CardStatus to) =>
        Result.Refuse("Card.IllegalChange", DomainText.Get($"CardStatus.{Status}"), DomainText.Get($"CardStatus.{to}"));
}
