using System.Collections.Concurrent;
using Appointments.Domain.Booking;

namespace Appointments.Web.Services.Booking;

/// <summary>An in-process view of each session's capacity, in front of the database's ledger. A burst of
/// attempts on a nearly full session (200 units after the last 5 places) is refused here at once instead
/// of queueing for the write transaction. It only ever refuses early: every admitted attempt still claims
/// its volume with the conditional update, which alone decides. Reservations that do not end in a
/// booking are released; anything that changes a session makes it read afresh, as does age.</summary>
public sealed class SessionAdmission(TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(int TemplateId, DateOnly Date), Lazy<Task<Entry>>> _entries = new();

    // The forms that booked lately, so that a double submit refused here still finds its booking.
    private readonly ConcurrentDictionary<Guid, DateTime> _booked = new();

    public sealed record Counters(int Capacity, int PhoneReserved, int Booked, int BookedPhone);

    private sealed class Entry(Counters counters, DateTime loadedAt)
    {
        public Counters Counters { get; set; } = counters;
        public DateTime LoadedAt { get; } = loadedAt;
    }

    /// <summary>Reserves <paramref name="volume"/> if the session, as this process knows it, has room, and
    /// says how much it has; <paramref name="load"/> reads it from the database when it is not known (or
    /// known too long).</summary>
    public async Task<(bool Reserved, int Remaining)> TryReserveAsync(int templateId, DateOnly date, BookingChannel channel, int volume, Func<Task<Counters>> load)
    {
        var key = (templateId, date);
        var entry = await GetAsync(key, load);
        if (clock.GetUtcNow().UtcDateTime - entry.LoadedAt > MaxAge)
        {
            Forget(templateId, date);
            entry = await GetAsync(key, load);
        }

        lock (entry)
        {
            var c = entry.Counters;
            var remaining = SessionCapacity.Remaining(channel, c.Capacity, c.PhoneReserved, c.Booked, c.BookedPhone);
            if (remaining < volume)
            {
                return (false, remaining);
            }

            entry.Counters = c with { Booked = c.Booked + volume, BookedPhone = c.BookedPhone + (channel == BookingChannel.Phone ? volume : 0) };
            return (true, remaining - volume);
        }
    }

    /// <summary>Gives back a reservation that did not end in a booking.</summary>
    public void Release(int templateId, DateOnly date, BookingChannel channel, int volume)
    {
        if (_entries.TryGetValue((templateId, date), out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
        {
            var entry = lazy.Value.Result;
            lock (entry)
            {
                var c = entry.Counters;
                entry.Counters = c with { Booked = c.Booked - volume, BookedPhone = c.BookedPhone - (channel == BookingChannel.Phone ? volume : 0) };
            }
        }
    }

    /// <summary>Notes that the form with <paramref name="idempotencyKey"/> made a booking.</summary>
    public void Booked(Guid idempotencyKey)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        _booked[idempotencyKey] = now;
        if (_booked.Count > 10_000)
        {
            foreach (var old in _booked.Where(k => now - k.Value > MaxAge))
            {
                _booked.TryRemove(old.Key, out _);
            }
        }
    }

    /// <summary>Whether the form with <paramref name="idempotencyKey"/> booked lately in this process.</summary>
    public bool WasBooked(Guid idempotencyKey) => _booked.ContainsKey(idempotencyKey);

    /// <summary>A session changed outside a reservation (a cancellation, a move away): read it afresh next time.</summary>
    public void Forget(int templateId, DateOnly date) => _entries.TryRemove((templateId, date), out _);

    /// <summary>Session settings changed (capacity, closures): read every session afresh.</summary>
    public void ForgetAll() => _entries.Clear();

    private async Task<Entry> GetAsync((int, DateOnly) key, Func<Task<Counters>> load)
    {
        var lazy = _entries.GetOrAdd(key, _ => new Lazy<Task<Entry>>(async () => new Entry(await load(), clock.GetUtcNow().UtcDateTime)));
        try
        {
            return await lazy.Value;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<(int, DateOnly), Lazy<Task<Entry>>>(key, lazy));
            throw;
        }
    }
}
