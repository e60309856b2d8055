using System.Text;
using Appointments.Domain.Districts;
using Appointments.Domain.Units;
using Appointments.Web.Notifications;
using BookingEntity = Appointments.Domain.Booking.Booking;

namespace Appointments.Web.Services.Booking;

public enum BookingMailKind
{
    Confirmed,
    Rescheduled,
    Cancelled,
}

/// <summary>The mails a unit's contact gets about a booking, in Chinese with an English summary,
/// each with an .ics for the session.</summary>
public static class BookingMail
{
    public static OutboxMessage Compose(BookingMailKind kind, BookingEntity booking, Unit unit, District district, DateTime nowUtc)
    {
        var s = booking.Session;
        var (zh, done, en) = kind switch
        {
            BookingMailKind.Confirmed => ("预约确认", "已确认", "Booking confirmed"),
            BookingMailKind.Rescheduled => ("预约改期", "已改期", "Booking rescheduled"),
            _ => ("预约取消", "已取消", "Booking cancelled"),
        };
        var when = $"{s.Date:yyyy-MM-dd} ({Weekday(s.Date)}) {s.Label} {s.Start:HH\\:mm}–{s.End:HH\\:mm}";
        var place = $"{district.NameZh}社保中心 预约室";

        var body = new StringBuilder()
            .AppendLine($"{unit.ContactName}：您好！")
            .AppendLine()
            .AppendLine($"{unit.Name}（单位编号 {unit.Code}）的持卡办事预约{done}。")
            .AppendLine()
            .AppendLine($"预约号：{booking.Reference}")
            .AppendLine($"时间：{when}（北京时间）")
            .AppendLine($"地点：{place}")
            .AppendLine($"业务：{string.Join("，", booking.Lines.Where(l => l.Volume > 0).Select(l => $"{l.NameZh} {l.Volume}"))}（合计 {booking.TotalVolume}）")
            .AppendLine($"预约方式：{(booking.Channel == Domain.Booking.BookingChannel.Phone ? "电话预约" : "网上预约")}");
        if (kind != BookingMailKind.Cancelled)
        {
            body.AppendLine().AppendLine("请经办人按时携带单位缴费卡及办理业务所需的全部资料到预约室办理。");
        }

        body.AppendLine()
            .AppendLine("----")
            .AppendLine($"{en}: {booking.Reference}, {unit.Name} ({unit.Code}).")
            .AppendLine($"When: {when} (Asia/Shanghai). Where: {district.NameEn} centre, reservation room.")
            .AppendLine($"Volume: {booking.TotalVolume}.");

        var method = kind == BookingMailKind.Cancelled ? "CANCEL" : "REQUEST";
        var ics = IcsCalendar.Event($"{booking.Reference}@appointments", booking.Sequence, method, s.Date, s.Start, s.End,
            $"持卡办事预约 {booking.Reference}", place, $"{unit.Name}：{booking.TotalVolume} 件业务", nowUtc);

        return new OutboxMessage(unit.ContactEmail, unit.ContactName, $"{zh} {booking.Reference} / {en}", body.ToString(),
            nowUtc, ics, method);
    }

    private static string Weekday(DateOnly date) => "周" + "日一二三四五六"[(int)date.DayOfWeek];
}
