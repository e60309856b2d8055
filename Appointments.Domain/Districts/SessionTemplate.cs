namespace Appointments.Domain.Districts;

/// <summary>A recurring reservation-room session on one weekday (for example Monday morning), with a
/// capacity counted in volume of matters and a share of it kept for phone bookings.</summary>
public class SessionTemplate
{
    private SessionTemplate() { }

    public SessionTemplate(int districtId, SessionTemplateSpec spec)
    {
        DistrictId = districtId;
        Apply(spec);
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }
    public DayOfWeek Weekday { get; private set; }
    public string Label { get; private set; } = "";
    public TimeOnly Start { get; private set; }
    public TimeOnly End { get; private set; }
    public int Capacity { get; private set; }
    public int PhoneSharePercent { get; private set; }
    public bool Active { get; private set; } = true;

    /// <summary>The volume of this session held back for bookings taken by phone.</summary>
    public int PhoneReserved => PhoneReservedFor(Capacity, PhoneSharePercent);

    public static int PhoneReservedFor(int capacity, int percent) => capacity * percent / 100;

    public void Apply(SessionTemplateSpec spec)
    {
        Weekday = spec.Weekday;
        Label = spec.Label.Trim();
        Start = spec.Start;
        End = spec.End;
        Capacity = spec.Capacity;
        PhoneSharePercent = spec.PhoneSharePercent;
    }

    public void Deactivate() => Active = false;
}
