using Appointments.Domain.Catalog;

namespace Appointments.Domain.Booking;

/// <summary>A declared matter type and volume of a booking, with the type's name and threshold category
/// as they were when booked, so the verdict can always be shown as it was made.</summary>
public class BookingLine
{
    private BookingLine() { }

    public BookingLine(MatterType type, int volume)
    {
        MatterTypeId = type.Id;
        NameZh = type.NameZh;
        NameEn = type.NameEn;
        Category = type.Category;
        Volume = volume;
    }

    public int Id { get; private set; }
    public int BookingId { get; private set; }
    public int MatterTypeId { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public ThresholdCategory Category { get; private set; }
    public int Volume { get; private set; }

    public string Name(bool chinese) => chinese ? NameZh : NameEn;

    public DeclaredLine AsDeclared() => new(MatterTypeId, Category, Volume);
}
