using Appointments.Domain.Documents;

namespace Appointments.Web.Data;

/// <summary>The last document number given per district, day and kind; advanced by one atomic upsert.</summary>
public class DocumentCounter
{
    public int DistrictId { get; set; }
    public DateOnly Date { get; set; }
    public DocumentKind Kind { get; set; }
    public int Last { get; set; }
}
