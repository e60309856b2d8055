namespace Appointments.Domain.Districts;

/// <summary>What a district admin enters for a recurring session.</summary>
public sealed record SessionTemplateSpec(DayOfWeek Weekday, string Label, TimeOnly Start, TimeOnly End, int Capacity, int PhoneSharePercent);
