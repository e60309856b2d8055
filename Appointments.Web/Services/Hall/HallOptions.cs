namespace Appointments.Web.Services.Hall;

/// <summary>The "Hall" settings.</summary>
public sealed class HallOptions
{
    /// <summary>How many times a ticket is called before it may be marked a no-show.</summary>
    public int NoShowAfterCalls { get; set; } = 2;
}
