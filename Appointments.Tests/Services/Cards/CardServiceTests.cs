using Appointments.Domain.Units;
using Appointments.Tests.TestSupport;
using Appointments.Web.Services.Cards;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Tests.Services.Cards;

public class CardServiceTests : IAsyncLifetime
{
    private TestPortal _portal = null!;

    public async Task InitializeAsync() => _portal = await TestPortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private CardService Cards => _portal.Get<CardService>();

    private static CommitmentLetterSpec Letter(string card = HallHelpers.NotEnabledCard) =>
        new(card, "张总", new DateOnly(2026, 12, 1), Signed: true, Sealed: true, CopyReturnedToUnit: true, CopyKept: true);

    [Fact]
    public async Task Reading_an_enabled_card_answers_with_the_unit_and_every_read_is_logged()
    {
        var read = await Cards.ReadAsync(" 6222 0000 0000 0001\n", "front-desk", _portal.Actor("xh.desk"));
        var refused = await Cards.ReadAsync(HallHelpers.SuspendedCard, "window", _portal.Actor("xh.clerk"));

        Assert.Equal(("上海徐汇示例科技有限公司", "310104000001"), (read.Value.Name, read.Value.Detail));
        Assert.Equal("Card.Suspended", refused.Refusal?.Code);
        await using var db = _portal.Db();
        var log = await db.CardReads.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([("front-desk", "Ok"), ("window", "Card.Suspended")], log.Select(r => (r.Place, r.Outcome)));
    }

    [Fact]
    public async Task Reading_a_social_security_card_answers_with_the_person()
    {
        var read = await Cards.ReadAsync(HallHelpers.PersonCard, "front-desk", _portal.Actor("xh.desk"));

        Assert.Equal(CardHolderKind.Person, read.Value.Kind);
        Assert.Equal("张伟", read.Value.Name);
        Assert.Equal("**************1234", read.Value.Detail);
    }

    [Fact]
    public async Task Unit_hr_cannot_read_cards()
    {
        Assert.Equal("Access.Forbidden", (await Cards.ReadAsync(HallHelpers.XuhuiCard1, "front-desk", _portal.Actor("xh.hr"))).Refusal?.Code);
    }

    [Fact]
    public async Task Lodging_the_commitment_letter_enables_the_card_on_the_spot()
    {
        var unit = _portal.Unit("310104000003");

        var enabled = await Cards.EnableAsync(unit.Id, Letter(), _portal.Actor("xh.desk"));

        Assert.True(enabled.Succeeded, enabled.Message);
        Assert.True((await Cards.ReadAsync(HallHelpers.NotEnabledCard, "front-desk", _portal.Actor("xh.desk"))).Succeeded);
        await using var db = _portal.Db();
        var letter = await db.CommitmentLetters.SingleAsync();
        Assert.Equal(("张总", true, true), (letter.LegalRepresentative, letter.CopyReturnedToUnit, letter.CopyKept));
        var history = (await Cards.GetUnitCardsAsync(unit.Id, _portal.Actor("xh.desk"))).Single().History;
        Assert.Equal(CardEventKind.Enabled, history.Single().Kind);
    }

    [Theory]
    [InlineData(false, true, true, "承诺书须经法定代表人签字")]
    [InlineData(true, false, true, "承诺书须加盖单位公章")]
    [InlineData(true, true, false, "承诺书一式两份：一份退单位留存，一份中心留存")]
    public async Task A_letter_not_signed_sealed_or_in_two_copies_enables_nothing(bool signed, bool sealedLetter, bool copies, string message)
    {
        System.Globalization.CultureInfo.CurrentUICulture = new("zh-CN");
        var unit = _portal.Unit("310104000003");

        var result = await Cards.EnableAsync(unit.Id, Letter() with { Signed = signed, Sealed = sealedLetter, CopyKept = copies }, _portal.Actor("xh.desk"));

        Assert.Equal(message, result.Message);
        Assert.Equal("Card.NotEnabled", (await Cards.ReadAsync(HallHelpers.NotEnabledCard, "front-desk", _portal.Actor("xh.desk"))).Refusal?.Code);
    }

    [Fact]
    public async Task A_letter_dated_after_today_is_refused()
    {
        var result = await Cards.EnableAsync(_portal.Unit("310104000003").Id, Letter() with { SignedOn = new DateOnly(2026, 12, 5) }, _portal.Actor("xh.desk"));

        Assert.Equal("Letter.FutureDate", result.Refusal?.Code);
    }

    [Fact]
    public async Task A_reissued_card_replaces_the_old_one_which_keeps_its_history()
    {
        var unit = _portal.Unit("310104000001");
        var desk = _portal.Actor("xh.desk");
        var old = (await Cards.GetUnitCardsAsync(unit.Id, desk)).Single().Card;

        await Cards.SuspendAsync(old.Id, "遗失", desk);
        var reissued = await Cards.ReissueAsync(old.Id, "6222000000000555", desk);

        Assert.True(reissued.Succeeded, reissued.Message);
        var cards = await Cards.GetUnitCardsAsync(unit.Id, desk);
        Assert.Equal(2, cards.Count);
        var replaced = cards.Single(c => c.Card.Id == old.Id);
        Assert.Equal(CardStatus.Replaced, replaced.Card.Status);
        Assert.Equal([CardEventKind.Replaced, CardEventKind.Suspended], replaced.History.Select(h => h.Kind));
        var read = await Cards.ReadAsync(old.Number, "front-desk", desk);
        Assert.Equal("Card.Replaced", read.Refusal?.Code);
        Assert.Contains("6222000000000555", read.Message);
        Assert.True((await Cards.ReadAsync("6222000000000555", "front-desk", desk)).Succeeded);
    }

    [Fact]
    public async Task An_individual_is_registered_with_a_social_security_card()
    {
        var registered = await Cards.RegisterPersonAsync(new PersonSpec("李娜", "31010419900202123X", "T11112222"), _portal.Actor("xh.desk"));
        var badId = await Cards.RegisterPersonAsync(new PersonSpec("王五", "12345", "T11113333"), _portal.Actor("xh.desk"));

        Assert.True(registered.Succeeded, registered.Message);
        Assert.False(badId.Succeeded);
        Assert.Equal("李娜", (await Cards.ReadAsync("T11112222", "front-desk", _portal.Actor("xh.desk"))).Value.Name);
    }
}
