namespace Appointments.Domain.Districts;

/// <summary>A day the reservation room is closed (holiday, closure): no session is offered.</summary>
public class Closure
{
    private Closure() { }

    public Closure(int districtId, DateOnly date, string reason)
    {
        DistrictId = districtId;
        Date = date;
        Reason = reason.Trim();
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Reason { get; private set; } = "";
}
