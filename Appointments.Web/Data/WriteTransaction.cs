using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Appointments.Web.Data;

/// <summary>A write transaction (BEGIN IMMEDIATE) entered through an in-process gate, one per database
/// file. SQLite admits one writer at a time anyway; without the gate, contending writers poll the busy
/// lock with sleeps, which under a burst (200 units booking the last places of a session) costs far more
/// than waiting in turn. The database's own locking still protects any other process.</summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    private readonly SemaphoreSlim _gate;
    private readonly IDbContextTransaction _transaction;

    private WriteTransaction(SemaphoreSlim gate, IDbContextTransaction transaction)
    {
        _gate = gate;
        _transaction = transaction;
    }

    /// <summary>The gate of the database file <paramref name="db"/> writes to.</summary>
    internal static SemaphoreSlim GateOf(DbContext db) => Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));

    public static async Task<WriteTransaction> BeginAsync(AppDbContext db)
    {
        var gate = GateOf(db);
        await gate.WaitAsync();
        try
        {
            return new WriteTransaction(gate, await db.Database.BeginTransactionAsync());
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    public Task CommitAsync() => _transaction.CommitAsync();

    public Task RollbackAsync() => _transaction.RollbackAsync();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}

public static class WriteTransactions
{
    public static Task<WriteTransaction> BeginWriteAsync(this AppDbContext db) => WriteTransaction.BeginAsync(db);
}
