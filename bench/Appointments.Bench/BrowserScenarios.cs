using System.Globalization;
using Appointments.Domain.Booking;
using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;
using Appointments.Domain.Hall;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Appointments.Web.Services.Booking;
using Appointments.Web.Services.Districts;
using Appointments.Web.Services.Hall;
using Appointments.Web.Services.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Appointments.Bench;

/// <summary>The scenarios that need the app on loopback and pages in Debian's headless Chromium.</summary>
public sealed class BrowserScenarios(IBrowser browser, Report report, bool smoke)
{
    private static Actor Load(BenchServer server, string userName) => BenchActors.Load(server.Services, userName);

    private static async Task<IBrowserContext> SignedInAsync(IBrowser browser, BenchServer server, string userName)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{server.BaseUrl}/account/login?returnUrl=%2Fping");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoData.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("body[data-circuit=on]", new() { Timeout = 30_000 });
        await page.CloseAsync();
        return context;
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-circuit=on]", new() { Timeout = 60_000 });
        return page;
    }

    /// <summary>5. One clerk page and 20 display pages; from the clerk's click to the number on every display.</summary>
    public async Task DisplayLatencyAsync()
    {
        var calls = smoke ? 5 : 50;
        const int displays = 20;
        await using var server = new BenchServer();
        var desk = Load(server, "xh.desk");
        var clerkActor = Load(server, "xh.clerk");
        await using (var db = server.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext())
        {
            var card = await db.UnitCards.Where(c => c.Number == "6222000000000001").Select(c => c.Number).SingleAsync();
            var transferIn = await db.MatterTypes.Where(t => t.Code == "TRANSFER-IN" && t.DistrictId == desk.DistrictId).Select(t => t.Id).SingleAsync();
            for (var i = 0; i < calls; i++)
            {
                var issued = await server.Get<HallService>().IssueAsync(new HallVisitSpec(card, [new DeclaredVolume(transferIn, 1)]), desk);
                if (!issued.Succeeded)
                {
                    throw new InvalidOperationException(issued.Message);
                }
            }

            var window = await db.HallWindows.Where(w => w.DistrictId == desk.DistrictId && w.Position == CounterPosition.SettlementChanges).OrderBy(w => w.Id).FirstAsync();
            await server.Get<HallService>().OpenWindowAsync(window.Id, clerkActor);
        }

        await using var clerkContext = await SignedInAsync(browser, server, "xh.clerk");
        var clerk = await OpenAsync(clerkContext, $"{server.BaseUrl}/window");
        await using var screens = await browser.NewContextAsync();
        var pages = new List<IPage>();
        for (var i = 0; i < displays; i++)
        {
            var page = await OpenAsync(screens, $"{server.BaseUrl}/display/XH");
            // Each display notes, in the page, the moment each number first appears on it.
            await page.EvaluateAsync("""
                () => {
                  window.__seen = {};
                  window.__waiters = {};
                  const note = () => {
                    const code = document.querySelector('[data-testid=display-call] .display-code')?.textContent;
                    if (code && !window.__seen[code]) {
                      window.__seen[code] = Date.now();
                      window.__waiters[code]?.(window.__seen[code]);
                    }
                  };
                  new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
                }
                """);
            pages.Add(page);
        }

        var latencies = new List<double>();
        for (var i = 1; i <= calls; i++)
        {
            var code = $"A{i:000}";
            await clerk.WaitForSelectorAsync("[data-testid=call-next]");
            // Every display waits in the page for the number (no polling from here while measuring).
            var seen = pages.Select(page => page.EvaluateAsync<double>(
                "c => window.__seen[c] ?? new Promise(resolve => { window.__waiters[c] = resolve; })", code)).ToList();
            await Task.Delay(50);
            var clicked = await clerk.EvaluateAsync<double>("() => { const t = Date.now(); document.querySelector('[data-testid=call-next]').click(); return t; }");
            var times = await Task.WhenAll(seen).WaitAsync(TimeSpan.FromSeconds(10));
            latencies.Add(times.Max() - clicked);
            await clerk.ClickAsync("[data-testid=act-Serve]");
            await clerk.ClickAsync("[data-testid=act-Finish]");
        }

        report.Add(new("display latency", $"click to all {displays} displays p50", Stats.Percentile(latencies, 50), "ms", null, null, null, "", null));
        report.Add(new("display latency", $"click to all {displays} displays p95", Stats.Percentile(latencies, 95), "ms", "max", latencies.Max(), null,
            "p95 <= 100 ms", Stats.Percentile(latencies, 95) <= 100, $"{calls} calls, pushed over each display's circuit"));
    }

    /// <summary>6. Live managed heap per open circuit, after a full GC, for three pages, each in a fresh app.</summary>
    public async Task MemoryPerCircuitAsync()
    {
        var n = smoke ? 3 : 100;
        var minimal = await PerCircuitAsync("xh.hr", _ => Task.FromResult("/ping"), n);
        var booking = await PerCircuitAsync("xh.hr", _ => Task.FromResult("/booking/new"), n);
        var batch = await PerCircuitAsync("xh.clerk", Batch300Async, n);
        report.Add(new("memory per circuit", "minimal interactive page (/ping)", minimal / 1024, "KiB", null, null, null, "", null, $"N = {n}"));
        report.Add(new("memory per circuit", "booking page", booking / 1024, "KiB", "minimal page", minimal / 1024, booking / minimal, "<= 2x minimal", booking <= 2 * minimal));
        report.Add(new("memory per circuit", "batch page, 300 matters", batch / 1024, "KiB", "minimal page", minimal / 1024, batch / minimal, "<= 10x minimal", batch <= 10 * minimal));
    }

    private async Task<double> PerCircuitAsync(string userName, Func<BenchServer, Task<string>> path, int n)
    {
        await using var server = new BenchServer();
        var url = server.BaseUrl + await path(server);
        await using var admin = await SignedInAsync(browser, server, "xh.admin");
        await using var users = await SignedInAsync(browser, server, userName);
        var warm = await OpenAsync(users, url);
        await warm.CloseAsync();
        await Task.Delay(500);
        var before = await HeapAsync(admin, server);
        var pages = new List<IPage>();
        for (var i = 0; i < n; i += 10)
        {
            pages.AddRange(await Task.WhenAll(Enumerable.Range(i, Math.Min(10, n - i)).Select(_ => OpenAsync(users, url))));
        }

        var after = await HeapAsync(admin, server);
        return (after - before) / (double)n;
    }

    private static async Task<long> HeapAsync(IBrowserContext admin, BenchServer server)
    {
        var response = await admin.APIRequest.GetAsync($"{server.BaseUrl}/diagnostics/heap");
        var json = await response.JsonAsync();
        return json!.Value.GetProperty("bytes").GetInt64();
    }

    /// <summary>A unit booked for a session open all of today and checked in with 300 matters.</summary>
    private static async Task<string> Batch300Async(BenchServer server)
    {
        var admin = Load(server, "xh.admin");
        var today = Appointments.Domain.Common.Shanghai.Today(TimeProvider.System);
        var settings = server.Get<DistrictSettingsService>();
        await settings.SetWindowAsync(new BookingWindow(0, 14), admin);
        await settings.AddSessionAsync(new SessionTemplateSpec(today.DayOfWeek, "全天", new(0, 0), new(23, 59), 1000, 0), admin);
        await using var db = server.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        var template = await db.SessionTemplates.SingleAsync(t => t.Label == "全天" && t.DistrictId == admin.DistrictId);
        var unit = await db.Units.SingleAsync(u => u.Code == "310104000001");
        var newHire = await db.MatterTypes.Where(t => t.Code == "NEW-HIRE" && t.DistrictId == admin.DistrictId).Select(t => t.Id).SingleAsync();
        var booked = await server.Get<BookingService>().BookAsync(new BookingRequest(unit.Id, [new DeclaredVolume(newHire, 300)], template.Id, today, Guid.NewGuid()),
            Load(server, "xh.desk"));
        if (!booked.Succeeded)
        {
            throw new InvalidOperationException(booked.Message);
        }

        var visit = await server.Get<ProcessingService>().CheckInAsync("6222000000000001", Load(server, "xh.clerk"));
        return $"/processing/{visit.Value.VisitId.ToString(CultureInfo.InvariantCulture)}";
    }
}
