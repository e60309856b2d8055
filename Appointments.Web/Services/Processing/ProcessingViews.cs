using Appointments.Domain.Catalog;
using Appointments.Domain.Documents;
using Appointments.Domain.Hall;
using Appointments.Domain.Processing;

namespace Appointments.Web.Services.Processing;

/// <summary>A batch as the processing page shows it: who came, the matters, the materials lists of
/// their types, the documents issued at this visit, and incomplete matters that could be resumed.</summary>
public sealed record Batch(Visit Visit, string Holder, string? BookingReference, IReadOnlyList<Matter> Matters,
    IReadOnlyDictionary<int, IReadOnlyList<string>> MaterialsByType, IReadOnlyList<Document> Documents, int Resumable,
    CounterPosition? Position);

/// <summary>A reservation-room check-in: the visit opened for the booking and how the unit arrived.</summary>
public sealed record CheckedIn(int VisitId, string BookingReference, Arrival Arrival);

/// <summary>A unit's matters for its HR staff: per visit day and type, how many stand in each state, and the documents.</summary>
public sealed record MatterSummary(DateTime VisitAtUtc, string Type, MatterState State, int Count, string? Documents, DateOnly? PickupDate);
