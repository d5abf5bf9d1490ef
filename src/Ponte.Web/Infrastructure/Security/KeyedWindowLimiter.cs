namespace Ponte.Web.Infrastructure.Security;

/// <summary>
/// A fixed window per key on the injected clock: a key passes <c>permits</c> times from its first
/// pass until the window is over, and a refusal says how long is left. At most
/// <see cref="MaxTracked"/> keys are kept; beyond that newcomers share one window.
/// </summary>
public sealed class KeyedWindowLimiter
{
    public const int MaxTracked = 50_000;

    private readonly TimeProvider _clock;
    private readonly int _permits;
    private readonly TimeSpan _window;
    private readonly Lock _lock = new();
    private readonly BoundedTable<Window> _windows;

    public KeyedWindowLimiter(TimeProvider clock, int permits, TimeSpan window)
    {
        _clock = clock;
        _permits = Math.Max(1, permits);
        _window = window > TimeSpan.Zero ? window : TimeSpan.FromMinutes(1);
        _windows = new BoundedTable<Window>(MaxTracked, (w, now) => now >= w.Start + _window);
    }

    /// <summary>Null when the key may pass now (and it is counted); otherwise how long until its window ends.</summary>
    public TimeSpan? TryAcquire(string key)
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            var w = _windows.GetOrAdd(key, now);
            if (now >= w.Start + _window)
                (w.Start, w.Count) = (now, 0);
            if (w.Count >= _permits)
                return w.Start + _window - now;
            w.Count++;
            return null;
        }
    }

    private sealed class Window
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }
    }
}
