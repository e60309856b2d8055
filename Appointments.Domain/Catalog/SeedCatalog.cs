namespace Appointments.Domain.Catalog;

/// <summary>The catalogue each district starts with (DOMAIN.md, "Business matters"). The source names
/// the 14 special types in a document we do not have: those ship as editable examples.</summary>
public static class SeedCatalog
{
    private static readonly string[] IdAndForm = ["经办人身份证件", "单位缴费卡"];

    public static IEnumerable<MatterType> For(int districtId)
    {
        MatterType General(string code, string zh, string en, ThresholdCategory category, params string[] materials) =>
            new(districtId, code, zh, en, CounterPosition.SettlementChanges, category, 0, [.. IdAndForm, .. materials]);

        yield return General("UNIT-REG", "单位登记", "Unit registration", ThresholdCategory.None, "营业执照副本", "单位登记表");
        yield return General("NEW-HIRE", "新进", "New hire", ThresholdCategory.NewHire, "新进人员名单", "劳动合同");
        yield return new(districtId, "BACK-PAY", "补缴", "Back-payment", CounterPosition.SettlementChanges,
            ThresholdCategory.BackPayment, 2, [.. IdAndForm, "补缴申请表", "工资发放凭证"]);
        yield return General("TRANSFER-IN", "转入", "Transfer in", ThresholdCategory.None, "转移接续联系函");
        yield return General("TRANSFER-OUT", "转出", "Transfer out", ThresholdCategory.None, "转出人员名单");
        yield return General("SUSPEND", "封存", "Suspend", ThresholdCategory.None, "封存人员名单");
        yield return General("UNSUSPEND", "启封", "Unsuspend", ThresholdCategory.None, "启封人员名单");
        yield return new(districtId, "RETIRE", "退休", "Retirement", CounterPosition.SettlementChanges,
            ThresholdCategory.Retirement, 2, [.. IdAndForm, "退休申请表", "档案材料"]);
        yield return General("ADJUST", "调整", "Adjustment", ThresholdCategory.Adjustment, "调整申请表");

        MatterType Benefit(string code, string zh, string en, params string[] materials) =>
            new(districtId, code, zh, en, CounterPosition.SupplementaryAndBenefits, ThresholdCategory.None, 2,
                [.. IdAndForm, .. materials]);

        yield return Benefit("SUPP-PENSION", "补充养老保险缴纳支付", "Supplementary pension contribution and payment", "补充养老保险申请表");
        yield return Benefit("WORK-INJURY", "工伤保险支付", "Work-injury insurance payment", "工伤认定书", "医疗费用单据");
        yield return Benefit("MATERNITY", "生育保险支付", "Maternity insurance payment", "生育医学证明", "医疗费用单据");

        for (var i = 1; i <= 14; i++)
        {
            yield return new(districtId, $"SPECIAL-{i:00}", $"特殊业务示例{i:00}", $"Special business example {i:00}",
                CounterPosition.Special, ThresholdCategory.None, i % 2 == 0 ? 3 : 2,
                [.. IdAndForm, "特殊业务申请表", "相关证明材料"], isExample: true);
        }
    }
}
