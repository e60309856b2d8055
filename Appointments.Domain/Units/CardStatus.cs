namespace Appointments.Domain.Units;

public enum CardStatus
{
    Enabled,
    Suspended,
    Replaced,
}
