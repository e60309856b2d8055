namespace Appointments.Domain.Units;

/// <summary>A unit payment card (单位缴费卡) or an individual's social security card (社会保障卡).</summary>
public enum CardHolderKind
{
    Unit,
    Person,
}
