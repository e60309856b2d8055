using MudBlazor;

namespace Appointments.Web.Components.Layout;

public static class PortalTheme
{
    // No web fonts (the machines have no internet): the system's CJK fonts first.
    private static readonly string[] Fonts =
        ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Helvetica", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1b5e9c", AppbarBackground = "#1b5e9c", Secondary = "#b3261e" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.75rem", FontWeight = "500" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.35rem", FontWeight = "500" },
            H6 = new H6Typography { FontFamily = Fonts },
        },
    };
}
