using Appointments.Domain.Units;

namespace Appointments.Tests.Domain.Units;

public class CardTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_enabled_card_identifies_its_holder() =>
        Assert.True(new UnitCard(1, "6222000000000001", Now).CheckUsable().Succeeded);

    [Fact]
    public void A_card_not_yet_enabled_is_refused() =>
        Assert.Equal("Card.NotEnabled", UnitCard.IssuedToUnit(1, "6222000000000001", Now).CheckUsable().Refusal?.Code);

    [Fact]
    public void A_suspended_card_is_refused_with_the_reason()
    {
        var card = new UnitCard(1, "6222000000000001", Now);
        card.Suspend("挂失", Now);

        var refusal = card.CheckUsable().Refusal!;

        Assert.Equal("Card.Suspended", refusal.Code);
        Assert.Contains("挂失", refusal.Args);
    }

    [Fact]
    public void A_replaced_card_is_refused_naming_the_new_card()
    {
        var card = new UnitCard(1, "6222000000000001", Now);
        card.ReplaceWith("6222000000000077", Now);

        var refusal = card.CheckUsable().Refusal!;

        Assert.Equal("Card.Replaced", refusal.Code);
        Assert.Contains("6222000000000077", refusal.Args);
    }

    [Fact]
    public void Enabling_twice_is_refused_naming_both_states()
    {
        var card = new UnitCard(1, "6222000000000001", Now);

        var again = card.Enable(Now);

        Assert.Equal("Card.IllegalChange", again.Refusal?.Code);
        Assert.Equal(2, again.Refusal!.Args.Length);
    }

    [Fact]
    public void A_suspended_card_can_be_reinstated_and_a_replaced_one_cannot()
    {
        var card = new UnitCard(1, "6222000000000001", Now);
        card.Suspend("挂失", Now);
        Assert.True(card.Reinstate(Now).Succeeded);
        card.ReplaceWith("6222000000000077", Now);

        Assert.False(card.Reinstate(Now).Succeeded);
        Assert.False(card.ReplaceWith("6222000000000078", Now).Succeeded);
    }

    [Theory]
    [InlineData("6222000000000001", CardHolderKind.Unit)]
    [InlineData("S12345678", CardHolderKind.Person)]
    public void Card_numbers_are_told_apart_by_their_format(string number, CardHolderKind kind) =>
        Assert.Equal(kind, CardFormat.Default.Classify(number).Value);

    [Theory]
    [InlineData("622200000000000")]
    [InlineData("62220000000000011")]
    [InlineData("ABC")]
    [InlineData("")]
    public void A_malformed_number_is_refused_before_any_lookup(string number) =>
        Assert.Equal("Card.Malformed", CardFormat.Default.Classify(number).Refusal?.Code);

    [Fact]
    public void Spaces_and_dashes_from_a_reader_or_a_person_are_ignored() =>
        Assert.Equal("6222000000000001", CardFormat.Normalise(" 6222-0000 0000 0001\r\n"));
}
