using Appointments.Domain.Catalog;

namespace Appointments.Domain.Booking;

/// <summary>One declared matter type and its volume, with the threshold category it counts under.</summary>
public sealed record DeclaredLine(int MatterTypeId, ThresholdCategory Category, int Volume);
