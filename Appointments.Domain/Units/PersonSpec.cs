namespace Appointments.Domain.Units;

public sealed record PersonSpec(string Name, string IdNumber, string CardNumber);
