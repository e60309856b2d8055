using System.Globalization;
using Appointments.Domain.Common;

namespace Appointments.Web.Components.Shared;

/// <summary>How dates and times are shown: always Shanghai time, in the user's language.</summary>
public static class Fmt
{
    public static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static string Instant(DateTime utc) => Shanghai.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly date) =>
        date.ToString(Chinese ? "yyyy-MM-dd（ddd）" : "ddd yyyy-MM-dd", CultureInfo.CurrentCulture);

    public static string Time(TimeOnly start, TimeOnly end) =>
        $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public static string Session(DateOnly date, string label, TimeOnly start, TimeOnly end) =>
        $"{Day(date)} {label} {Time(start, end)}";
}
