using Appointments.Domain.Districts;

namespace Appointments.Domain.Booking;

/// <summary>One dated occurrence of a <see cref="SessionTemplate"/>, made when it is first booked. Its
/// counters are the capacity ledger: they change only through conditional updates in the database.</summary>
public class RoomSession
{
    private RoomSession() { }

    public static RoomSession Open(SessionTemplate template, DateOnly date) => new()
    {
        DistrictId = template.DistrictId,
        TemplateId = template.Id,
        Date = date,
        Label = template.Label,
        Start = template.Start,
        End = template.End,
        Capacity = template.Capacity,
        PhoneReserved = template.PhoneReserved,
    };

    public int Id { get; private set; }
    public int DistrictId { get; private set; }
    public int TemplateId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Label { get; private set; } = "";
    public TimeOnly Start { get; private set; }
    public TimeOnly End { get; private set; }
    public int Capacity { get; private set; }
    public int PhoneReserved { get; private set; }

    /// <summary>Volume booked by every channel.</summary>
    public int Booked { get; private set; }

    /// <summary>Volume booked by phone, which draws first on <see cref="PhoneReserved"/>.</summary>
    public int BookedPhone { get; private set; }

    public int Remaining(BookingChannel channel) =>
        SessionCapacity.Remaining(channel, Capacity, PhoneReserved, Booked, BookedPhone);
}
