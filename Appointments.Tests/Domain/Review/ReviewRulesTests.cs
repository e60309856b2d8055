using Appointments.Domain.Catalog;
using Appointments.Domain.Processing;
using Appointments.Domain.Review;

namespace Appointments.Tests.Domain.Review;

public class ReviewRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc);
    private static readonly IReadOnlySet<string> Clerk = new HashSet<string> { "Clerk" };

    private static Matter Accepted(int levels)
    {
        var matter = new Matter(1, 1, null, 1, new MatterType(1, "T", "退休", "Retirement", CounterPosition.SettlementChanges,
            ThresholdCategory.Retirement, levels, ["申请表"]), 1);
        Assert.True(matter.Record(MatterAction.AcceptForReview, Clerk, [], null, Now, "clerk", "孙伟").Succeeded);
        return matter;
    }

    [Theory]
    [InlineData(2, ReviewAction.Approve, MatterState.Approved)]
    [InlineData(2, ReviewAction.ApproveDifferent, MatterState.ApprovedDifferent)]
    [InlineData(2, ReviewAction.Reject, MatterState.Rejected)]
    [InlineData(3, ReviewAction.Approve, MatterState.AwaitingLevel3)]
    [InlineData(3, ReviewAction.ApproveDifferent, MatterState.AwaitingLevel3)]
    [InlineData(3, ReviewAction.Reject, MatterState.Rejected)]
    public void Level_two_decides_two_level_types_and_passes_approved_three_level_types_up(int levels, ReviewAction action, MatterState expected)
    {
        var matter = Accepted(levels);

        Assert.True(matter.Review(action, 2, "结果", Now, "r2", "周洁").Succeeded);
        Assert.Equal(expected, matter.State);
    }

    [Theory]
    [InlineData(ReviewAction.Approve, MatterState.Approved)]
    [InlineData(ReviewAction.ApproveDifferent, MatterState.ApprovedDifferent)]
    [InlineData(ReviewAction.Reject, MatterState.Rejected)]
    public void Level_three_decides_after_level_two(ReviewAction action, MatterState expected)
    {
        var matter = Accepted(3);
        matter.Review(ReviewAction.Approve, 2, null, Now, "r2", "周洁");

        Assert.True(matter.Review(action, 3, "核定为 12 个月", Now, "r3", "吴刚").Succeeded);
        Assert.Equal(expected, matter.State);
    }

    [Fact]
    public void Level_three_cannot_decide_before_level_two_nor_level_two_after_it()
    {
        var matter = Accepted(3);

        Assert.Equal("Review.WrongLevel", matter.Review(ReviewAction.Approve, 3, null, Now, "r3", "吴刚").Refusal?.Code);
        matter.Review(ReviewAction.Approve, 2, null, Now, "r2", "周洁");
        Assert.Equal("Review.WrongLevel", matter.Review(ReviewAction.Approve, 2, null, Now, "r2", "周洁").Refusal?.Code);
    }

    [Fact]
    public void The_clerk_who_accepted_a_matter_cannot_review_it() =>
        Assert.Equal("Review.OwnAcceptance", Accepted(2).Review(ReviewAction.Approve, 2, null, Now, "clerk", "孙伟").Refusal?.Code);

    [Fact]
    public void A_rejection_needs_a_reason_and_a_different_result_needs_the_result()
    {
        Assert.Equal("Review.ReasonRequired", Accepted(2).Review(ReviewAction.Reject, 2, " ", Now, "r2", "周洁").Refusal?.Code);
        Assert.Equal("Review.ResultRequired", Accepted(2).Review(ReviewAction.ApproveDifferent, 2, null, Now, "r2", "周洁").Refusal?.Code);
    }

    [Fact]
    public void A_decided_matter_cannot_be_decided_again_and_the_refusal_names_both()
    {
        var matter = Accepted(2);
        matter.Review(ReviewAction.Reject, 2, "不符合条件", Now, "r2", "周洁");

        var again = matter.Review(ReviewAction.Approve, 2, null, Now, "r2", "周洁");

        Assert.Equal("Matter.IllegalTransition", again.Refusal?.Code);
        Assert.Equal(2, again.Refusal!.Args.Length);
    }

    [Theory]
    [InlineData(new[] { MatterState.Approved, MatterState.Approved }, ReceiptRoute.ServicePoint)]
    [InlineData(new[] { MatterState.Approved, MatterState.ApprovedDifferent }, ReceiptRoute.BusinessSection)]
    [InlineData(new[] { MatterState.Rejected }, ReceiptRoute.BusinessSection)]
    [InlineData(new[] { MatterState.Approved, MatterState.Rejected }, ReceiptRoute.BusinessSection)]
    [InlineData(new[] { MatterState.Approved, MatterState.AwaitingLevel3 }, ReceiptRoute.UnderReview)]
    [InlineData(new[] { MatterState.AcceptedForReview }, ReceiptRoute.UnderReview)]
    public void A_receipt_goes_to_the_service_point_only_when_all_were_approved_as_declared(MatterState[] states, ReceiptRoute route) =>
        Assert.Equal(route, ReceiptRoutes.Of(states, withdrawn: false));
}
