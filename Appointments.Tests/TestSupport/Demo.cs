namespace Appointments.Tests.TestSupport;

/// <summary>Names from the seeded demo (Appointments.Web/Data/DemoData.cs).</summary>
public static class Demo
{
    public const string XuhuiUnit1 = "310104000001";
    public const string XuhuiUnit2 = "310104000002";
    public const string JinganUnit1 = "310106000001";
    public const string Password = Appointments.Web.Data.DemoData.Password;
}
