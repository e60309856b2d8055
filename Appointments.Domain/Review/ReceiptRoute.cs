using Appointments.Domain.Processing;

namespace Appointments.Domain.Review;

/// <summary>Where a receipt's handler goes: nowhere yet (under review); the service point, when every
/// matter was approved as declared; the business management section when any result differs or was
/// rejected (a mixed receipt too); or it is done (withdrawn).</summary>
public enum ReceiptRoute
{
    UnderReview,
    ServicePoint,
    BusinessSection,
    Withdrawn,
}

public static class ReceiptRoutes
{
    public static ReceiptRoute Of(IReadOnlyCollection<MatterState> states, bool withdrawn) =>
        withdrawn ? ReceiptRoute.Withdrawn
        : states.Any(s => s is MatterState.AcceptedForReview or MatterState.AwaitingLevel3) ? ReceiptRoute.UnderReview
        : states.All(s => s is MatterState.Approved or MatterState.Collected) ? ReceiptRoute.ServicePoint
        : ReceiptRoute.BusinessSection;
}
