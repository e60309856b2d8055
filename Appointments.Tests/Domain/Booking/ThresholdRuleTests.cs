using System.Globalization;
using Appointments.Domain.Booking;
using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;

namespace Appointments.Tests.Domain.Booking;

public class ThresholdRuleTests
{
    private static readonly ThresholdSet Xuhui = new(Total: 100, NewHire: 30, BackPayment: 30, Adjustment: 50, Retirement: 10);

    private static DeclaredLine Line(ThresholdCategory category, int volume) => new((int)category + 1, category, volume);

    [Theory]
    // total only: one below, exactly at, above
    [InlineData(100, null, 99, 0, false)]
    [InlineData(100, null, 100, 0, true)]
    [InlineData(100, null, 101, 0, true)]
    // a category alone: one below, exactly at
    [InlineData(null, 30, 0, 29, false)]
    [InlineData(null, 30, 0, 30, true)]
    // a category reached with the total unused or far away
    [InlineData(1000, 30, 0, 30, true)]
    // the total reached by matters outside every category
    [InlineData(50, 30, 50, 0, true)]
    // the total counts the category too: 20 other + 29 new hires = 49 < 50
    [InlineData(50, 30, 20, 29, false)]
    [InlineData(50, 30, 21, 29, true)]
    public void Total_and_new_hire_thresholds_are_reached_at_or_above(int? total, int? newHire, int otherVolume, int newHireVolume, bool required)
    {
        var verdict = ThresholdRule.Judge(new ThresholdSet(total, newHire, null, null, null),
            [Line(ThresholdCategory.None, otherVolume), Line(ThresholdCategory.NewHire, newHireVolume)]);

        Assert.Equal(required, verdict.RequiresReservation);
    }

    [Theory]
    [InlineData(ThresholdCategory.NewHire, 30)]
    [InlineData(ThresholdCategory.BackPayment, 30)]
    [InlineData(ThresholdCategory.Adjustment, 50)]
    [InlineData(ThresholdCategory.Retirement, 10)]
    public void Each_category_alone_requires_a_booking_exactly_at_its_threshold(ThresholdCategory category, int threshold)
    {
        Assert.False(ThresholdRule.Judge(Xuhui, [Line(category, threshold - 1)]).RequiresReservation);
        Assert.True(ThresholdRule.Judge(Xuhui, [Line(category, threshold)]).RequiresReservation);
    }

    [Fact]
    public void Categories_are_not_added_together_below_the_total()
    {
        // 29 + 29 + 9 = 67 < 100: no category and not the total.
        var verdict = ThresholdRule.Judge(Xuhui,
            [Line(ThresholdCategory.NewHire, 29), Line(ThresholdCategory.BackPayment, 29), Line(ThresholdCategory.Retirement, 9)]);

        Assert.False(verdict.RequiresReservation);
        Assert.Equal(5, verdict.Comparisons.Count);
    }

    [Fact]
    public void An_empty_threshold_is_not_used()
    {
        var noRetirementThreshold = Xuhui with { Retirement = null };

        var verdict = ThresholdRule.Judge(noRetirementThreshold, [Line(ThresholdCategory.Retirement, 99)]);

        Assert.False(verdict.RequiresReservation);
        Assert.DoesNotContain(verdict.Comparisons, c => c.Kind == ThresholdKind.Retirement);
    }

    [Fact]
    public void With_every_threshold_empty_nothing_requires_a_booking()
    {
        var verdict = ThresholdRule.Judge(ThresholdSet.None, [Line(ThresholdCategory.NewHire, 100_000)]);

        Assert.False(verdict.RequiresReservation);
        Assert.Empty(verdict.Comparisons);
    }

    [Fact]
    public void The_reason_names_the_category_its_volume_and_the_threshold_in_chinese()
    {
        using var _ = new UiCulture("zh-CN");

        var verdict = ThresholdRule.Judge(Xuhui, [Line(ThresholdCategory.NewHire, 45)]);

        Assert.Equal(["新进 45 人，达到本区预约阈值 30"], verdict.ReasonLines);
    }

    [Fact]
    public void Below_every_threshold_the_verdict_sends_the_unit_to_the_hall_counter()
    {
        using var _ = new UiCulture("en");

        var verdict = ThresholdRule.Judge(Xuhui, [Line(ThresholdCategory.NewHire, 5)]);

        Assert.StartsWith("Below every threshold: please come to the hall counter", verdict.Describe());
        Assert.Contains("New hires: 5, below this district's reservation threshold of 30", verdict.ReasonLines);
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
