using Appointments.Domain.Catalog;

namespace Appointments.Domain.Hall;

/// <summary>A counter window (窗口) of the hall, of one position kind, opened by a clerk.</summary>
public class HallWindow
{
    private HallWindow() { }

    public HallWindow(int districtId, string name, CounterPosition position)
    {
        DistrictId = districtId;
        Name = name;
        Position = position;
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }
    public string Name { get; private set; } = "";
    public CounterPosition Position { get; private set; }
    public string? ClerkId { get; private set; }
    public string? ClerkName { get; private set; }
    public DateTime? OpenedAtUtc { get; private set; }

    public bool IsOpen => ClerkId is not null;

    public void Open(string clerkId, string clerkName, DateTime nowUtc)
    {
        ClerkId = clerkId;
        ClerkName = clerkName;
        OpenedAtUtc = nowUtc;
    }

    public void Close()
    {
        ClerkId = null;
        ClerkName = null;
        OpenedAtUtc = null;
    }
}
