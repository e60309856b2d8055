using Appointments.Domain.Catalog;
using Appointments.Domain.Processing;

namespace Appointments.Tests.Domain.Processing;

public class MatterTransitionsTests
{
    private static readonly string[] Roles = ["UnitHr", "FrontDesk", "Clerk", "Reviewer", "BusinessSection", "DistrictAdmin"];

    private static readonly Dictionary<(MatterState, MatterAction), MatterState> Expected = new()
    {
        [(MatterState.Pending, MatterAction.Complete)] = MatterState.Completed,
        [(MatterState.Pending, MatterAction.AcceptForReview)] = MatterState.AcceptedForReview,
        [(MatterState.Pending, MatterAction.MarkIncomplete)] = MatterState.Incomplete,
        [(MatterState.Pending, MatterAction.Refuse)] = MatterState.Refused,
        [(MatterState.Incomplete, MatterAction.Complete)] = MatterState.Completed,
        [(MatterState.Incomplete, MatterAction.AcceptForReview)] = MatterState.AcceptedForReview,
        [(MatterState.Incomplete, MatterAction.MarkIncomplete)] = MatterState.Incomplete,
        [(MatterState.Incomplete, MatterAction.Refuse)] = MatterState.Refused,
    };

    public static TheoryData<MatterState, MatterAction, string> EveryStateActionAndRole()
    {
        var data = new TheoryData<MatterState, MatterAction, string>();
        foreach (var state in Enum.GetValues<MatterState>())
        {
            foreach (var action in Enum.GetValues<MatterAction>())
            {
                foreach (var role in Roles)
                {
                    data.Add(state, action, role);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateActionAndRole))]
    public void Every_state_action_and_role_follows_the_table(MatterState state, MatterAction action, string role)
    {
        var result = MatterTransitions.Next(state, action, new HashSet<string> { role });

        if (!Expected.TryGetValue((state, action), out var to))
        {
            Assert.Equal("Matter.IllegalTransition", result.Refusal?.Code);
            Assert.Equal(2, result.Refusal!.Args.Length);
        }
        else if (role == "Clerk")
        {
            Assert.Equal(to, result.Value);
        }
        else
        {
            Assert.Equal("Matter.RoleNotAllowed", result.Refusal?.Code);
        }
    }

    private static readonly IReadOnlySet<string> Clerk = new HashSet<string> { "Clerk" };
    private static readonly DateTime Now = new(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc);

    private static Matter Of(int reviewLevels) =>
        new(1, 1, null, 1, new MatterType(1, "T", "退休", "Retirement", CounterPosition.SettlementChanges, ThresholdCategory.Retirement, reviewLevels, ["申请表"]), 1);

    [Fact]
    public void A_review_type_cannot_be_completed_on_the_spot_and_an_on_the_spot_type_needs_no_review()
    {
        Assert.Equal("Matter.NeedsReview", Of(2).Record(MatterAction.Complete, Clerk, [], null, Now, "c", "clerk").Refusal?.Code);
        Assert.Equal("Matter.OnTheSpot", Of(0).Record(MatterAction.AcceptForReview, Clerk, [], null, Now, "c", "clerk").Refusal?.Code);
    }

    [Fact]
    public void Incomplete_needs_missing_materials_and_a_refusal_needs_a_reason()
    {
        var matter = Of(0);

        Assert.Equal("Matter.MissingRequired", matter.Record(MatterAction.MarkIncomplete, Clerk, [], null, Now, "c", "clerk").Refusal?.Code);
        Assert.Equal("Matter.ReasonRequired", matter.Record(MatterAction.Refuse, Clerk, [], " ", Now, "c", "clerk").Refusal?.Code);
        Assert.Equal(MatterState.Pending, matter.State);
    }

    [Fact]
    public void An_incomplete_matter_brought_back_can_be_completed_and_then_nothing_more()
    {
        var matter = Of(0);
        matter.Record(MatterAction.MarkIncomplete, Clerk, ["申请表"], null, Now, "c", "clerk");

        Assert.Equal(["申请表"], matter.MissingList);
        Assert.True(matter.Record(MatterAction.Complete, Clerk, [], null, Now, "c", "clerk").Succeeded);
        Assert.Empty(matter.MissingList);
        Assert.Equal("Matter.IllegalTransition", matter.Record(MatterAction.Refuse, Clerk, [], "x", Now, "c", "clerk").Refusal?.Code);
    }
}
