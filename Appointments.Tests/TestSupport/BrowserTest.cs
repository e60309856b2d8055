using Microsoft.Playwright;

namespace Appointments.Tests.TestSupport;

/// <summary>A browser test: the real app on its own loopback port and database, and one page in its own
/// browser context (a fresh profile: no cookies). Nothing starts where Chromium is missing outside CI.</summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserFixture Browser { get; } = browser;
    protected PortalServer Server { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (BrowserFixture.SkipReason is not null)
        {
            return;
        }

        Server = new PortalServer();
        Page = await NewPageAsync();
    }

    /// <summary>Another person at another desk: a page in a browser context of its own.</summary>
    protected async Task<IPage> NewPageAsync()
    {
        var context = await Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "zh-CN" });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
