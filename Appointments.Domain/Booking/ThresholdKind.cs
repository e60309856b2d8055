namespace Appointments.Domain.Booking;

public enum ThresholdKind
{
    Total,
    NewHire,
    BackPayment,
    Adjustment,
    Retirement,
}
