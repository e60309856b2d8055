using Appointments.Domain.Catalog;
using Appointments.Domain.Hall;

namespace Appointments.Tests.Domain.Hall;

public class HallRoutingTests
{
    private const CounterPosition S = CounterPosition.SettlementChanges;
    private const CounterPosition B = CounterPosition.SupplementaryAndBenefits;
    private const CounterPosition X = CounterPosition.Special;

    public static TheoryData<CounterPosition[], CounterPosition[]> EveryMix => new()
    {
        { [S], [S] },
        { [B], [B] },
        { [X], [X] },
        { [S, S], [S] },
        { [S, B], [S, B] },
        { [B, S], [S, B] },
        { [S, X], [X] },
        { [B, X], [X] },
        { [X, S, B], [X] },
        { [S, B, X, X], [X] },
    };

    [Theory]
    [MemberData(nameof(EveryMix))]
    public void Any_special_matter_sends_the_whole_visit_to_the_special_position(CounterPosition[] matters, CounterPosition[] expected) =>
        Assert.Equal(expected, HallRouting.Route(matters));

    [Fact]
    public void In_a_special_visit_general_matters_are_handled_at_the_special_position() =>
        Assert.Equal(X, HallRouting.HandledAt(S, HallRouting.Route([S, X])));

    [Theory]
    [InlineData(CounterPosition.SettlementChanges, 1, "A001")]
    [InlineData(CounterPosition.SupplementaryAndBenefits, 12, "B012")]
    [InlineData(CounterPosition.Special, 123, "C123")]
    public void Ticket_codes_carry_the_positions_letter_and_three_digits(CounterPosition position, int number, string code) =>
        Assert.Equal(code, TicketCode.Format(position, number));
}
