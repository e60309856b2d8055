namespace Appointments.Web.Services.Hall;

/// <summary>What changed in a district's hall: a ticket issued, called (with where to go), or moved on,
/// with the display board as it now stands, read once for every screen that shows it.</summary>
public sealed record HallChange(int DistrictId, string TicketCode, string? WindowName, bool IsCall, HallBoard Board);

/// <summary>Pushes hall changes to the live screens (display, front-desk panel) of the same server:
/// they subscribe, and re-render over their own circuit when told; nothing polls.</summary>
public sealed class HallNotifier
{
    public event Func<HallChange, Task>? Changed;

    public void Publish(HallChange change)
    {
        var handlers = Changed;
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Func<HallChange, Task>>())
        {
            // Each screen re-renders on its own; a slow or broken one must not hold up the clerk.
            _ = Task.Run(() => handler(change));
        }
    }
}
