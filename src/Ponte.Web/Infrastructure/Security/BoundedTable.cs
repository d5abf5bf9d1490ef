namespace Ponte.Web.Infrastructure.Security;

/// <summary>
/// Per-key state kept in memory for a limit, never for more than <c>capacity</c> keys: a new key
/// that finds the table full first has the idle entries dropped (at most once a minute); when none
/// are idle it shares one overflow entry with every other newcomer, so a flood from many clients
/// is slowed as one client instead of growing memory without bound. Not thread-safe: the owner
/// holds its own lock around every call.
/// </summary>
internal sealed class BoundedTable<T>(int capacity, Func<T, DateTimeOffset, bool> isIdle)
    where T : class, new()
{
    private const string Overflow = "\0overflow";
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>The key's entry; for a key without one, the overflow entry while the table is full, else null.</summary>
    public T? Find(string key) =>
        _entries.TryGetValue(key, out var entry) ? entry
        : _entries.Count >= capacity ? _entries.GetValueOrDefault(Overflow)
        : null;

    public T GetOrAdd(string key, DateTimeOffset now)
    {
        if (_entries.TryGetValue(key, out var entry))
            return entry;
        if (_entries.Count >= capacity && now >= _nextSweep)
        {
            _nextSweep = now + SweepInterval;
            RemoveWhere((_, value) => isIdle(value, now));
        }

        if (_entries.Count >= capacity)
            key = Overflow;
        if (!_entries.TryGetValue(key, out entry))
            _entries[key] = entry = new T();
        return entry;
    }

    public void Remove(string key) => _entries.Remove(key);

    public void RemoveWhere(Func<string, T, bool> match)
    {
        foreach (var key in _entries.Where(e => match(e.Key, e.Value)).Select(e => e.Key).ToList())
            _entries.Remove(key);
    }
}
