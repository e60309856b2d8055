using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Appointments.Web.Data;

/// <summary>Puts every SaveChanges that runs outside a <see cref="WriteTransaction"/> (card-read log,
/// outbox, settings, Identity) through the same in-process gate, so that no writer of the portal polls
/// SQLite's busy lock while the others take turns. Inside a write transaction the gate is already held.</summary>
public sealed class WriteGateInterceptor : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, SemaphoreSlim> _held = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Needs(eventData.Context) is { } gate)
        {
            gate.Wait();
            _held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Needs(eventData.Context) is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
            _held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private static SemaphoreSlim? Needs(DbContext? context) =>
        context is not null && context.Database.CurrentTransaction is null ? WriteTransaction.GateOf(context) : null;

    private void Release(DbContext? context)
    {
        if (context is not null && _held.TryGetValue(context, out var gate))
        {
            _held.Remove(context);
            gate.Release();
        }
    }
}
