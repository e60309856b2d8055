using System.Text;
using Appointments.Domain.Districts;
using Appointments.Domain.Documents;
using Appointments.Domain.Processing;
using Appointments.Domain.Review;
using Appointments.Domain.Units;
using Appointments.Web.Notifications;

namespace Appointments.Web.Services.Review;

/// <summary>The mail a unit's contact gets when a receipt's result is final: where to go and what to bring.</summary>
public static class ReviewMail
{
    public static OutboxMessage Compose(Document receipt, ReceiptRoute route, IReadOnlyList<Matter> matters, Unit unit, District district, DateTime nowUtc)
    {
        var (place, placeEn) = route == ReceiptRoute.ServicePoint
            ? ($"{district.NameZh}社保中心服务点", $"the service point of the {district.NameEn} centre")
            : ($"{district.NameZh}社保中心业务管理科", $"the business management section of the {district.NameEn} centre");
        var body = new StringBuilder()
            .AppendLine($"{unit.ContactName}：您好！")
            .AppendLine()
            .AppendLine($"{unit.Name}（单位编号 {unit.Code}）业务受理回执 {receipt.Number} 的审核已有结果：");
        foreach (var m in matters.OrderBy(m => m.MatterTypeId).ThenBy(m => m.Seq))
        {
            var result = m.State switch
            {
                MatterState.Approved => "审核通过",
                MatterState.ApprovedDifferent => $"审核通过，核定结果与申报不同：{m.ReviewResult}",
                _ => $"审核未通过：{m.ReviewReason}",
            };
            body.AppendLine($"  {m.NameZh} 第 {m.Seq} 件：{result}");
        }

        body.AppendLine()
            .AppendLine(route == ReceiptRoute.ServicePoint
                ? $"请于 {receipt.PickupDate:yyyy-MM-dd} 起到{place}领取核定表。"
                : $"请到{place}办理：领取核定表或告知单，审核未通过的业务领回资料。")
            .AppendLine("请携带：业务受理回执、单位缴费卡、经办人身份证件。")
            .AppendLine()
            .AppendLine("----")
            .AppendLine($"The review of acceptance receipt {receipt.Number} is complete. Please go to {placeEn}" +
                (route == ReceiptRoute.ServicePoint ? $" from {receipt.PickupDate:yyyy-MM-dd}" : "") +
                ", bringing the receipt, the unit's payment card and the handler's identity card.");
        var subject = route == ReceiptRoute.ServicePoint
            ? $"审核通过，请到服务点领取 {receipt.Number} / Review complete"
            : $"审核结果，请到业务管理科办理 {receipt.Number} / Review result";
        return new OutboxMessage(unit.ContactEmail, unit.ContactName, subject, body.ToString(), nowUtc);
    }
}
