using Microsoft.Playwright;

namespace Appointments.Tests.TestSupport;

/// <summary>Debian's headless Chromium driven by Playwright (its own browser download cannot work here).
/// Browser tests skip, saying why, only where no Chromium is installed and CI is not set; .ci/run
/// installs it, so there they are mandatory.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static bool Mandatory => Environment.GetEnvironmentVariable("CI") is "true" or "1"
        || Environment.GetEnvironmentVariable("REQUIRE_BROWSER") is "1";

    public static string? SkipReason => File.Exists(ChromiumPath) || Mandatory
        ? null
        : $"No Chromium at {ChromiumPath} (apt-get install chromium); browser tests are mandatory in CI.";

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
