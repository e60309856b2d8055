namespace Appointments.Domain.Units;

/// <summary>A card's state: known but not yet enabled (no commitment letter lodged), enabled,
/// suspended, or replaced by a newer card.</summary>
public enum CardStatus
{
    NotEnabled,
    Enabled,
    Suspended,
    Replaced,
}
