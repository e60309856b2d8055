namespace Appointments.Domain.Districts;

public sealed record ClosureSpec(DateOnly Date, string Reason);
