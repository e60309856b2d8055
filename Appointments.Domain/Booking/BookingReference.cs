using System.Security.Cryptography;

namespace Appointments.Domain.Booking;

/// <summary>Reference numbers such as YY261204-K7PMQ3: the day it was made and six characters that
/// cannot be misread over the phone (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). 25^6 per day makes a clash rare;
/// the unique index catches one, and the booking is numbered again.</summary>
public static class BookingReference
{
    private const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";

    public static string New(DateOnly madeOn)
    {
        Span<char> suffix = stackalloc char[6];
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"YY{madeOn:yyMMdd}-{suffix}";
    }
}
