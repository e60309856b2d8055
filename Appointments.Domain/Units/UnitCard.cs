namespace Appointments.Domain.Units;

/// <summary>A unit payment card (牡丹社会保险缴费卡); enabled once the commitment letter is lodged.</summary>
public class UnitCard
{
    private UnitCard() { }

    public UnitCard(int unitId, string number, DateTime enabledAtUtc)
    {
        UnitId = unitId;
        Number = number;
        Status = CardStatus.Enabled;
        EnabledAtUtc = enabledAtUtc;
    }

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public string Number { get; private set; } = "";
    public CardStatus Status { get; private set; }
    public DateTime EnabledAtUtc { get; private set; }
}
