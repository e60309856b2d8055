namespace Appointments.Web.Services.Cards;

/// <summary>The "Cards" settings: the shapes of unit and social security card numbers.</summary>
public sealed class CardOptions
{
    public string UnitPattern { get; set; } = @"^\d{16}$";
    public string PersonPattern { get; set; } = @"^[A-Z]\d{8}$";
}
