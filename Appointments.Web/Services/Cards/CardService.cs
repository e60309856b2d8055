using Appointments.Domain.Common;
using Appointments.Domain.Units;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Appointments.Web.Services.Units;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Appointments.Web.Services.Cards;

/// <summary>Reading cards (every read logged), and enabling, suspending and reissuing them.</summary>
public sealed class CardService(
    IDbContextFactory<AppDbContext> dbFactory,
    IOptions<CardOptions> options,
    IValidator<CommitmentLetterSpec> letterValidator,
    IValidator<PersonSpec> personValidator,
    TimeProvider clock,
    ILogger<CardService> logger)
{
    private CardFormat Format => new(options.Value.UnitPattern, options.Value.PersonPattern);

    /// <summary>Resolves a swiped or typed card for staff of its district; refuses a malformed, unknown,
    /// not enabled, suspended or replaced card with the reason. Every read is logged.</summary>
    public async Task<Result<CardIdentity>> ReadAsync(string raw, string place, Actor actor)
    {
        var number = CardFormat.Normalise(raw ?? "");
        await using var db = await dbFactory.CreateDbContextAsync();
        var result = await ResolveAsync(db, number, actor);
        db.CardReads.Add(new CardRead(number, place, result.Refusal?.Code ?? "Ok",
            result.Succeeded ? result.Value.CardId : null, actor.DistrictId, clock.GetUtcNow().UtcDateTime, actor.UserId));
        await db.SaveChangesAsync();
        return result;
    }

    private async Task<Result<CardIdentity>> ResolveAsync(AppDbContext db, string number, Actor actor)
    {
        if (!actor.IsStaff)
        {
            return Result<CardIdentity>.Refuse("Access.Forbidden");
        }

        var kind = Format.Classify(number);
        if (!kind.Succeeded)
        {
            return kind.Refusal!;
        }

        var card = await db.UnitCards.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number);
        var identity = card is null ? null : await IdentifyAsync(db, card);
        // A card of another district is as unknown here as one never issued.
        if (card is null || identity is null || identity.DistrictId != actor.DistrictId)
        {
            return Result<CardIdentity>.Refuse("Card.Unknown", number);
        }

        var usable = card.CheckUsable();
        return usable.Succeeded ? Result.Ok(identity) : usable.Refusal!;
    }

    private static async Task<CardIdentity?> IdentifyAsync(AppDbContext db, UnitCard card)
    {
        if (card.UnitId is { } unitId)
        {
            var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == unitId);
            return new CardIdentity(CardHolderKind.Unit, card.Id, card.Number, unit.DistrictId, unit.Id, null, unit.Name, unit.Code);
        }

        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == card.PersonId);
        return new CardIdentity(CardHolderKind.Person, card.Id, card.Number, person.DistrictId, null, person.Id, person.Name, person.MaskedIdNumber);
    }

    public async Task<IReadOnlyList<(UnitCard Card, IReadOnlyList<CardEvent> History)>> GetUnitCardsAsync(int unitId, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId);
        if (unit is null || !UnitAccess.CanSee(actor, unit))
        {
            return [];
        }

        var cards = await db.UnitCards.AsNoTracking().Where(c => c.UnitId == unitId).OrderByDescending(c => c.Id).ToListAsync();
        var ids = cards.Select(c => c.Id).ToList();
        var events = (await db.CardEvents.AsNoTracking().Where(e => ids.Contains(e.CardId)).ToListAsync())
            .OrderByDescending(e => e.Id).ToLookup(e => e.CardId);
        return cards.Select(c => (c, (IReadOnlyList<CardEvent>)events[c.Id].ToList())).ToList();
    }

    /// <summary>Records a lodged commitment letter and enables the unit's card on the spot: the card
    /// the unit already holds, or a new one registered now.</summary>
    public async Task<Result> EnableAsync(int unitId, CommitmentLetterSpec spec, Actor actor)
    {
        var validation = await letterValidator.ValidateAsync(spec);
        if (!validation.IsValid)
        {
            return Result.Refuse("Validation", validation.Errors[0].ErrorMessage);
        }

        var number = CardFormat.Normalise(spec.CardNumber);
        if (!Format.Fits(CardHolderKind.Unit, number))
        {
            return Result.Refuse("Card.Malformed", number);
        }

        if (spec.SignedOn > Shanghai.Today(clock))
        {
            return Result.Refuse("Letter.FutureDate");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId);
        if (unit is null || !actor.IsIn(Roles.FrontDesk) || actor.DistrictId != unit.DistrictId)
        {
            return Result.Refuse("Booking.UnitNotFound");
        }

        if (await db.UnitCards.AnyAsync(c => c.UnitId == unitId && (c.Status == CardStatus.Enabled || c.Status == CardStatus.Suspended)))
        {
            return Result.Refuse("Card.AlreadyEnabled");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var card = await db.UnitCards.FirstOrDefaultAsync(c => c.Number == number);
        if (card is null)
        {
            card = UnitCard.IssuedToUnit(unitId, number, now);
            db.UnitCards.Add(card);
            await db.SaveChangesAsync();
        }
        else if (card.UnitId != unitId)
        {
            return Result.Refuse("Card.HeldByOther", number);
        }

        var enabled = card.Enable(now);
        if (!enabled.Succeeded)
        {
            return enabled;
        }

        db.CommitmentLetters.Add(new CommitmentLetter(unitId, card.Id, spec with { CardNumber = number }, now, actor.UserId, actor.Name));
        db.CardEvents.Add(new CardEvent(card.Id, CardEventKind.Enabled, spec.LegalRepresentative, now, actor.UserId, actor.Name));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        logger.LogInformation("Card {Number} of unit {UnitId} enabled by {UserId}", number, unitId, actor.UserId);
        return Result.Ok();
    }

    public Task<Result> SuspendAsync(int cardId, string reason, Actor actor) =>
        ChangeAsync(cardId, actor, CardEventKind.Suspended, reason, (card, now) =>
            string.IsNullOrWhiteSpace(reason) ? Result.Refuse("Card.ReasonRequired") : card.Suspend(reason.Trim(), now));

    public Task<Result> ReinstateAsync(int cardId, Actor actor) =>
        ChangeAsync(cardId, actor, CardEventKind.Reinstated, null, (card, now) => card.Reinstate(now));

    /// <summary>Reissue: a new card number replaces the old one, which keeps its history.</summary>
    public async Task<Result> ReissueAsync(int cardId, string newNumber, Actor actor)
    {
        var number = CardFormat.Normalise(newNumber ?? "");
        await using var db = await dbFactory.CreateDbContextAsync();
        var old = await db.UnitCards.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cardId);
        if (old is null || !Format.Fits(old.Kind, number))
        {
            return old is null ? Result.Refuse("Card.NotFound") : Result.Refuse("Card.Malformed", number);
        }

        if (await db.UnitCards.AnyAsync(c => c.Number == number))
        {
            return Result.Refuse("Card.HeldByOther", number);
        }

        return await ChangeAsync(cardId, actor, CardEventKind.Replaced, number, (card, now) =>
        {
            var replaced = card.ReplaceWith(number, now);
            if (replaced.Succeeded)
            {
                var successor = card.UnitId is { } unitId ? new UnitCard(unitId, number, now) : UnitCard.ForPerson(card.PersonId!.Value, number, now);
                db.UnitCards.Add(successor);
            }

            return replaced;
        }, db);
    }

    private async Task<Result> ChangeAsync(int cardId, Actor actor, CardEventKind kind, string? note,
        Func<UnitCard, DateTime, Result> change, AppDbContext? shared = null)
    {
        var db = shared ?? await dbFactory.CreateDbContextAsync();
        try
        {
            var card = await db.UnitCards.FirstOrDefaultAsync(c => c.Id == cardId);
            var identity = card is null ? null : await IdentifyAsync(db, card);
            if (card is null || identity is null || !actor.IsIn(Roles.FrontDesk) || identity.DistrictId != actor.DistrictId)
            {
                return Result.Refuse("Card.NotFound");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var result = change(card, now);
            if (!result.Succeeded)
            {
                return result;
            }

            db.CardEvents.Add(new CardEvent(card.Id, kind, note, now, actor.UserId, actor.Name));
            await db.SaveChangesAsync();
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Refuse("Card.Changed");
        }
        finally
        {
            if (shared is null)
            {
                await db.DisposeAsync();
            }
        }
    }

    /// <summary>Registers an individual who pays their own contributions, with their social security card.</summary>
    public async Task<Result<Person>> RegisterPersonAsync(PersonSpec spec, Actor actor)
    {
        var validation = await personValidator.ValidateAsync(spec);
        if (!validation.IsValid)
        {
            return Result<Person>.Refuse("Validation", validation.Errors[0].ErrorMessage);
        }

        var number = CardFormat.Normalise(spec.CardNumber);
        if (!Format.Fits(CardHolderKind.Person, number))
        {
            return Result<Person>.Refuse("Card.Malformed", number);
        }

        if (!actor.IsIn(Roles.FrontDesk) || actor.DistrictId is not { } districtId)
        {
            return Result<Person>.Refuse("Access.Forbidden");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        if (await db.UnitCards.AnyAsync(c => c.Number == number))
        {
            return Result<Person>.Refuse("Card.HeldByOther", number);
        }

        if (await db.People.AnyAsync(p => p.IdNumber == spec.IdNumber.Trim().ToUpperInvariant()))
        {
            return Result<Person>.Refuse("Person.Exists");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var person = new Person(districtId, spec.Name, spec.IdNumber, now);
        db.People.Add(person);
        await db.SaveChangesAsync();
        var card = UnitCard.ForPerson(person.Id, number, now);
        db.UnitCards.Add(card);
        await db.SaveChangesAsync();
        db.CardEvents.Add(new CardEvent(card.Id, CardEventKind.Enabled, null, now, actor.UserId, actor.Name));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return Result.Ok(person);
    }
}
