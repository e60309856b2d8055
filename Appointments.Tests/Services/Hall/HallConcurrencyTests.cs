using Appointments.Domain.Catalog;
using Appointments.Tests.TestSupport;
using Appointments.Web.Services.Hall;

namespace Appointments.Tests.Services.Hall;

public class HallConcurrencyTests : IAsyncLifetime
{
    private TestPortal _portal = null!;

    public async Task InitializeAsync() => _portal = await TestPortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Twenty_desks_issuing_at_once_get_twenty_distinct_consecutive_numbers()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            _portal.Get<HallService>().IssueAsync(_portal.Visit(HallHelpers.XuhuiCard1, ("TRANSFER-IN", 2)), _portal.Actor("xh.desk")))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
        var codes = results.Select(r => r.Value.Single().Code).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"A{n:000}"), codes);
    }

    [Fact]
    public async Task Ten_clerks_calling_at_once_on_a_queue_of_five_make_five_calls_and_no_ticket_is_called_twice()
    {
        for (var i = 0; i < 5; i++)
        {
            await _portal.IssueAsync(HallHelpers.XuhuiCard1, ("WORK-INJURY", 1));
        }

        var windows = await _portal.OpenWindowsAsync(CounterPosition.SupplementaryAndBenefits, 10);

        var results = await Task.WhenAll(windows.Select(w => Task.Run(() => _portal.Get<HallService>().CallNextAsync(w.WindowId, w.Clerk))));

        var called = results.Where(r => r.Succeeded).Select(r => r.Value.Code).ToList();
        Assert.Equal(5, called.Count);
        Assert.Equal(called.Distinct().Order(), ["B001", "B002", "B003", "B004", "B005"]);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("Window.QueueEmpty", r.Refusal!.Code));
    }
}
