using Appointments.Domain.Units;

namespace Appointments.Web.Services.Cards;

/// <summary>Who a card read identified: a unit, or an individual who pays their own contributions.</summary>
public sealed record CardIdentity(CardHolderKind Kind, int CardId, string Number, int DistrictId,
    int? UnitId, int? PersonId, string Name, string Detail)
{
    public bool IsUnit => Kind == CardHolderKind.Unit;
}
