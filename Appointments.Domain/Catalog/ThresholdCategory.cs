namespace Appointments.Domain.Catalog;

/// <summary>The categories a district may set a reservation threshold for (DOMAIN.md, "The
/// reservation threshold"); every other matter counts only towards the total.</summary>
public enum ThresholdCategory
{
    None,
    NewHire,
    BackPayment,
    Adjustment,
    Retirement,
}
