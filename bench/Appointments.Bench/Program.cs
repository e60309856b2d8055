using Microsoft.Playwright;

namespace Appointments.Bench;

/// <summary>dotnet run -c Release --project bench/Appointments.Bench [-- --smoke] [--out file.json]
/// (a named entry point: top-level statements would make a second Program beside the app's).</summary>
public static class BenchMain
{
    public static async Task Main(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var outIndex = Array.IndexOf(args, "--out");
        var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine("bench-results", smoke ? "smoke.json" : "results.json");
        var report = new Report(smoke);

        // The seeded year is kept between runs (bench-data/, not committed): seeding is not what is measured.
        await using var host = await BenchHost.StartAsync(Path.GetFullPath(Path.Combine("bench-data", smoke ? "smoke" : "full")));
        var data = await YearSeeder.SeedAsync(host, smoke ? YearSeeder.Smoke : YearSeeder.Full);
        report.PrintHeader(data);

        var services = new ServiceScenarios(host, report, smoke);
        await services.PrepareAsync();
        await services.BookingRaceAsync();
        await services.AvailabilityAsync();
        await services.BatchCommitAsync();
        await services.WriteRateAsync();

        const string chromium = "/usr/bin/chromium";
        if (File.Exists(chromium))
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--disable-renderer-backgrounding",
                    "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows"],
            });
            var pages = new BrowserScenarios(browser, report, smoke);
            await pages.DisplayLatencyAsync();
            await pages.MemoryPerCircuitAsync();
        }
        else
        {
            Console.WriteLine($"  display latency and memory per circuit skipped: no Chromium at {chromium} (apt-get install chromium)");
        }

        report.Save(output, data);
        if (!smoke && report.Rows.Any(r => r.Met == false))
        {
            Console.WriteLine("some targets were missed: see the rows marked MISSED");
        }
    }
}
