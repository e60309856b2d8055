using Appointments.Domain.Catalog;

namespace Appointments.Web.Data;

/// <summary>The last ticket number given per district, day and position; advanced by one atomic upsert.</summary>
public class TicketCounter
{
    public int DistrictId { get; set; }
    public DateOnly Date { get; set; }
    public CounterPosition Position { get; set; }
    public int Last { get; set; }
}
