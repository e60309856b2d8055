using System.Text.RegularExpressions;
using Appointments.Domain.Common;

namespace Appointments.Domain.Units;

/// <summary>The configured shapes of card numbers, checked before any lookup, so a misread swipe is
/// refused as malformed rather than as unknown.</summary>
public sealed class CardFormat(string unitPattern, string personPattern)
{
    public static readonly CardFormat Default = new(@"^\d{16}$", @"^[A-Z]\d{8}$");

    private readonly Regex _unit = new(unitPattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    private readonly Regex _person = new(personPattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>Strips what a keyboard-wedge reader or a person adds (spaces, dashes) and upper-cases.</summary>
    public static string Normalise(string raw) =>
        new(raw.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    public Result<CardHolderKind> Classify(string number) =>
        _unit.IsMatch(number) ? Result.Ok(CardHolderKind.Unit)
        : _person.IsMatch(number) ? Result.Ok(CardHolderKind.Person)
        : Result<CardHolderKind>.Refuse("Card.Malformed", number);

    public bool Fits(CardHolderKind kind, string number) => (kind == CardHolderKind.Unit ? _unit : _person).IsMatch(number);
}
