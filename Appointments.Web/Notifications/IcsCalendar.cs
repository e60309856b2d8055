using System.Globalization;
using System.Text;

namespace Appointments.Web.Notifications;

/// <summary>An iCalendar (RFC 5545) event in Asia/Shanghai, for booking mails. Rescheduling sends the
/// same UID with a higher SEQUENCE; cancelling sends METHOD:CANCEL.</summary>
public static class IcsCalendar
{
    public static string Event(string uid, int sequence, string method, DateOnly date, TimeOnly start, TimeOnly end,
        string summary, string location, string description, DateTime stampUtc)
    {
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(Fold(text)).Append("\r\n");

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Appointments//Card-based service//ZH");
        Line("CALSCALE:GREGORIAN");
        Line($"METHOD:{method}");
        Line("BEGIN:VTIMEZONE");
        Line("TZID:Asia/Shanghai");
        Line("BEGIN:STANDARD");
        Line("DTSTART:19700101T000000");
        Line("TZOFFSETFROM:+0800");
        Line("TZOFFSETTO:+0800");
        Line("TZNAME:CST");
        Line("END:STANDARD");
        Line("END:VTIMEZONE");
        Line("BEGIN:VEVENT");
        Line($"UID:{uid}");
        Line($"SEQUENCE:{sequence}");
        Line($"DTSTAMP:{stampUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
        Line($"DTSTART;TZID=Asia/Shanghai:{Local(date, start)}");
        Line($"DTEND;TZID=Asia/Shanghai:{Local(date, end)}");
        Line($"SUMMARY:{Escape(summary)}");
        Line($"LOCATION:{Escape(location)}");
        Line($"DESCRIPTION:{Escape(description)}");
        Line(method == "CANCEL" ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        Line("END:VEVENT");
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    private static string Local(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Lines longer than 75 octets are folded (RFC 5545 3.1) without splitting a UTF-8 character.</summary>
    private static string Fold(string line)
    {
        var sb = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                sb.Append("\r\n ");
                octets = 1;
            }

            sb.Append(rune.ToString());
            octets += size;
        }

        return sb.ToString();
    }
}
