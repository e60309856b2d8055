using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;
using Appointments.Domain.Hall;
using Appointments.Domain.Units;
using Appointments.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Data;

/// <summary>The demo: two districts (to show they are kept apart), units with enabled cards and
/// contact mail, and one account per role. Runs once, on an empty database.</summary>
public static class DemoData
{
    public const string Password = "Demo-password-2026";

    public static async Task SeedAsync(IServiceProvider services, TimeProvider clock)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Districts.AnyAsync())
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var xuhui = new District("XH", "徐汇区", "Xuhui");
        var jingan = new District("JA", "静安区", "Jing'an");
        db.Districts.AddRange(xuhui, jingan);
        await db.SaveChangesAsync();

        foreach (var district in new[] { xuhui, jingan })
        {
            db.MatterTypes.AddRange(SeedCatalog.For(district.Id));
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            {
                db.SessionTemplates.Add(new SessionTemplate(district.Id, new(day, "上午", new(9, 0), new(11, 30), 600, 20)));
                db.SessionTemplates.Add(new SessionTemplate(district.Id, new(day, "下午", new(13, 30), new(16, 30), 400, 20)));
            }

            db.Closures.Add(new Closure(district.Id, new DateOnly(2027, 1, 1), "元旦"));
            for (var d = 8; d <= 12; d++)
            {
                db.Closures.Add(new Closure(district.Id, new DateOnly(2027, 2, d), "春节"));
            }
        }

        db.ThresholdChanges.Add(new ThresholdChange(xuhui.Id, new ThresholdSet(100, 30, 30, 50, 10), now, "", "初始设置"));
        db.ThresholdChanges.Add(new ThresholdChange(jingan.Id, new ThresholdSet(80, 20, null, null, null), now, "", "初始设置"));

        Unit[] units =
        [
            new(xuhui.Id, "310104000001", "上海徐汇示例科技有限公司", "王芳", "wangfang@xh-tech.example"),
            new(xuhui.Id, "310104000002", "上海徐汇示例贸易有限公司", "李强", "liqiang@xh-trade.example"),
            new(xuhui.Id, "310104000003", "上海徐汇示例物业管理有限公司", "张敏", "zhangmin@xh-property.example"),
            new(xuhui.Id, "310104000004", "上海徐汇示例餐饮有限公司", "周涛", "zhoutao@xh-food.example"),
            new(jingan.Id, "310106000001", "上海静安示例咨询有限公司", "陈静", "chenjing@ja-consult.example"),
            new(jingan.Id, "310106000002", "上海静安示例餐饮管理有限公司", "刘洋", "liuyang@ja-catering.example"),
        ];
        db.Units.AddRange(units);
        await db.SaveChangesAsync();
        // Cards: most enabled; 物业 has its card but has not lodged the commitment letter yet; 餐饮's card
        // is suspended; 贸易's first card was replaced by its current one.
        string Card(int i) => $"62220000000000{i + 1:00}";
        for (var i = 0; i < units.Length; i++)
        {
            db.UnitCards.Add(i == 2 ? UnitCard.IssuedToUnit(units[i].Id, Card(i), now) : new UnitCard(units[i].Id, Card(i), now));
        }

        var old = new UnitCard(units[1].Id, "6222000000000099", now);
        old.ReplaceWith(Card(1), now);
        db.UnitCards.Add(old);
        await db.SaveChangesAsync();
        var suspendedNumber = Card(3);
        var suspended = await db.UnitCards.SingleAsync(c => c.Number == suspendedNumber);
        suspended.Suspend("单位申请挂失", now);

        var person = new Person(xuhui.Id, "张伟", "310104198001011234", now);
        db.People.Add(person);
        await db.SaveChangesAsync();
        db.UnitCards.Add(UnitCard.ForPerson(person.Id, "S12345678", now));

        foreach (var district in new[] { xuhui, jingan })
        {
            db.HallWindows.AddRange(
                new HallWindow(district.Id, "1号窗口", CounterPosition.SettlementChanges),
                new HallWindow(district.Id, "2号窗口", CounterPosition.SettlementChanges),
                new HallWindow(district.Id, "3号窗口", CounterPosition.SupplementaryAndBenefits),
                new HallWindow(district.Id, "4号窗口", CounterPosition.Special));
        }

        await db.SaveChangesAsync();

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        async Task Account(string userName, string name, string role, int districtId, int? unitId = null, int? level = null)
        {
            var user = new AppUser
            {
                UserName = userName, Email = $"{userName}@appointments.example", EmailConfirmed = true,
                DisplayName = name, DistrictId = districtId, UnitId = unitId, ReviewLevel = level,
            };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
        }

        await Account("xh.hr", "王芳", Roles.UnitHr, xuhui.Id, units[0].Id);
        await Account("xh.hr2", "李强", Roles.UnitHr, xuhui.Id, units[1].Id);
        await Account("xh.desk", "赵敏（服务总台）", Roles.FrontDesk, xuhui.Id);
        await Account("xh.clerk", "孙伟（窗口）", Roles.Clerk, xuhui.Id);
        await Account("xh.review2", "周洁（二级审核）", Roles.Reviewer, xuhui.Id, level: 2);
        await Account("xh.review3", "吴刚（三级审核）", Roles.Reviewer, xuhui.Id, level: 3);
        await Account("xh.business", "郑丽（业务管理科）", Roles.BusinessSection, xuhui.Id);
        await Account("xh.admin", "钱军（区管理员）", Roles.DistrictAdmin, xuhui.Id);
        await Account("ja.hr", "陈静", Roles.UnitHr, jingan.Id, units[4].Id);
        await Account("ja.desk", "冯涛（服务总台）", Roles.FrontDesk, jingan.Id);
        await Account("ja.admin", "褚红（区管理员）", Roles.DistrictAdmin, jingan.Id);
    }
}
