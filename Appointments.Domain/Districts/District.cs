namespace Appointments.Domain.Districts;

/// <summary>A district centre (区县社保中心): runs its hall and reservation room and sets its thresholds.</summary>
public class District
{
    private District() { }

    public District(string code, string nameZh, string nameEn)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public BookingWindow Window { get; private set; } = BookingWindow.Default;

    /// <summary>Working days from acceptance to the pickup date printed on an acceptance receipt.</summary>
    public int PickupWorkingDays { get; private set; } = 10;

    public void SetWindow(BookingWindow window) => Window = window;

    public void SetPickupWorkingDays(int days) => PickupWorkingDays = days;

    public string Name(bool chinese) => chinese ? NameZh : NameEn;
}
