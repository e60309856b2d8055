using Microsoft.Playwright;

namespace Appointments.Tests.TestSupport;

public static class PageExtensions
{
    /// <summary>Signs in on the static sign-in page and waits for the interactive circuit of the page it leads to.</summary>
    public static async Task SignInAsync(this IPage page, string baseUrl, string userName, string path = "/")
    {
        await page.GotoAsync($"{baseUrl}/account/login?returnUrl={Uri.EscapeDataString(path)}");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", Demo.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForCircuitAsync();
    }

    public static Task WaitForCircuitAsync(this IPage page) =>
        page.WaitForSelectorAsync("body[data-circuit=on]", new() { Timeout = 20_000 });

    public static async Task GotoInteractiveAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForCircuitAsync();
    }

    /// <summary>MudBlazor puts the test id on the input itself.</summary>
    public static Task FillVolumeAsync(this IPage page, string typeCode, int volume) =>
        page.GetByTestId($"volume-{typeCode}").FillAsync(volume.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Saves a screenshot under the test output (bin/…/screenshots, never committed) for a person to look at.</summary>
    public static async Task ShotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
