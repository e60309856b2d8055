using System.Globalization;
using System.Resources;

namespace Appointments.Domain.Common;

/// <summary>Messages the domain gives users (refusals, verdicts, validation), zh-CN and English,
/// resolved in the current UI culture.</summary>
public static class DomainText
{
    private static readonly ResourceManager Resources =
        new("Appointments.Domain.Resources.DomainText", typeof(DomainText).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] args) =>
        args.Length == 0 ? Get(key) : string.Format(CultureInfo.CurrentUICulture, Get(key), args);
}
