using Appointments.Domain.Documents;
using Appointments.Domain.Processing;
using Appointments.Web.Identity;
using Appointments.Web.Services.Documents;
using Appointments.Web.Services.Processing;
using Appointments.Web.Services.Review;
using static Appointments.Tests.TestSupport.ProcessingHelpers;

namespace Appointments.Tests.TestSupport;

public static class ReviewHelpers
{
    /// <summary>A checked-in batch whose matters are all accepted for review, and its acceptance receipt.</summary>
    public static async Task<Document> ReceiptAsync(this TestPortal portal, params (string Type, int Volume)[] lines)
    {
        var visitId = await portal.CheckedInBatchAsync(lines);
        var clerk = portal.Actor("xh.clerk");
        var recorded = await portal.Get<ProcessingService>().RecordAsync(Outcome(visitId, await portal.MattersAsync(visitId), MatterAction.AcceptForReview), clerk);
        Assert.True(recorded.Succeeded, recorded.Message);
        return (await portal.Get<DocumentService>().IssueAsync(visitId, clerk)).Value.Single(d => d.Kind == DocumentKind.AcceptanceReceipt);
    }

    public static async Task<Appointments.Domain.Review.ReceiptRoute> DecideAllAsync(this TestPortal portal, string receipt, string reviewer,
        Appointments.Domain.Review.ReviewAction action, string? detail = null, Func<Matter, bool>? which = null)
    {
        var actor = portal.Actor(reviewer);
        var detailView = await portal.Get<ReviewService>().GetAsync(receipt, actor);
        var chosen = detailView!.Matters.Where(m => m.PendingLevel == actor.ReviewLevel && (which?.Invoke(m) ?? true))
            .Select(m => new MatterVersion(m.Id, m.Version)).ToList();
        var result = await portal.Get<ReviewService>().DecideAsync(receipt, chosen, action, detail, actor);
        Assert.True(result.Succeeded, result.Message);
        return result.Value;
    }

    public static Actor OtherReviewer(this TestPortal portal, int level)
    {
        var known = portal.Actor("xh.review2");
        return known with { UserId = $"other-reviewer-{level}", Name = $"另一审核员{level}", ReviewLevel = level };
    }
}
