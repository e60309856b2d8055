using Appointments.Domain.Catalog;

namespace Appointments.Domain.Hall;

/// <summary>One visit to the hall: who came (by card), the matters declared at the front desk, and,
/// once a window starts serving a ticket, who serves it. Processing (outcomes) works on this record.</summary>
public class Visit
{
    private readonly List<VisitLine> _lines = [];

    private Visit() { }

    public Visit(int districtId, int? unitId, int? personId, string cardNumber, string? agentCardNumber, bool powerOfAttorney,
        IEnumerable<VisitLine> lines, DateTime nowUtc, string byId, string byName)
    {
        DistrictId = districtId;
        UnitId = unitId;
        PersonId = personId;
        CardNumber = cardNumber;
        AgentCardNumber = agentCardNumber;
        PowerOfAttorney = powerOfAttorney;
        _lines.AddRange(lines);
        CreatedAtUtc = nowUtc;
        CreatedById = byId;
        CreatedByName = byName;
    }

    /// <summary>A reservation-room visit: the unit checked in for its booking; the booked matters are the batch.</summary>
    public static Visit CheckIn(Booking.Booking booking, string cardNumber, IEnumerable<VisitLine> lines, DateTime nowUtc, string byId, string byName)
    {
        var visit = new Visit(booking.DistrictId, booking.UnitId, null, cardNumber, null, false, lines, nowUtc, byId, byName)
        {
            BookingId = booking.Id,
        };
        visit.StartServing(null, byId, byName, nowUtc);
        return visit;
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }

    /// <summary>Set for a reservation-room visit.</summary>
    public int? BookingId { get; private set; }
    public int? UnitId { get; private set; }
    public int? PersonId { get; private set; }
    public string CardNumber { get; private set; } = "";

    /// <summary>For an individual represented by someone else: the agent's card and the power of attorney (委托书).</summary>
    public string? AgentCardNumber { get; private set; }
    public bool PowerOfAttorney { get; private set; }

    public IReadOnlyList<VisitLine> Lines => _lines;
    public DateTime CreatedAtUtc { get; private set; }
    public string CreatedById { get; private set; } = "";
    public string CreatedByName { get; private set; } = "";
    public DateTime? ServedAtUtc { get; private set; }
    public string? ServedById { get; private set; }
    public string? ServedByName { get; private set; }
    public int? ServedAtWindowId { get; private set; }

    public void StartServing(int? windowId, string clerkId, string clerkName, DateTime nowUtc)
    {
        ServedAtWindowId = windowId;
        ServedById = clerkId;
        ServedByName = clerkName;
        ServedAtUtc ??= nowUtc;
    }
}

public class VisitLine
{
    private VisitLine() { }

    public VisitLine(MatterType type, int volume)
    {
        MatterTypeId = type.Id;
        NameZh = type.NameZh;
        NameEn = type.NameEn;
        Position = type.Position;
        Volume = volume;
    }

    public int Id { get; private set; }
    public int VisitId { get; private set; }
    public int MatterTypeId { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public CounterPosition Position { get; private set; }
    public int Volume { get; private set; }

    public string Name(bool chinese) => chinese ? NameZh : NameEn;
}
