using System.Collections.Concurrent;

namespace Ponte.Web.Infrastructure.Security;

/// <summary>
/// Failed sign-ins counted per account and per (address, account). Five failures lock the
/// account for 15 minutes; the address that made them is locked for that account too, for 15
/// minutes the first time and twice as long each time after (until a day without failures).
/// Attempts from a locked address are refused without being counted, so a stranger who knows an
/// email cannot stretch the account's lockout: once it has run out, a correct password from an
/// address with no recent failures signs in. Unknown emails are tracked exactly like known ones,
/// so the answers say nothing about which accounts exist. Kept in memory on each node (ADR 0009).
/// </summary>
public sealed class SignInLockout(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AccountLockout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan FirstAddressLockout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxAddressLockout = TimeSpan.FromHours(24);
    private static readonly TimeSpan Forget = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Counter> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> _pairs = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>True when an attempt from this address for this email must be refused now.</summary>
    public bool IsLocked(string? address, string email)
    {
        var now = clock.GetUtcNow();
        Sweep(now);
        return Locked(_accounts, Account(email), now) || Locked(_pairs, Pair(address, email), now);
    }

    /// <summary>Counts a wrong password; returns true when it locked the account or the address.</summary>
    public bool RecordFailure(string? address, string email)
    {
        var now = clock.GetUtcNow();
        var pair = _pairs.GetOrAdd(Pair(address, email), _ => new Counter());
        var account = _accounts.GetOrAdd(Account(email), _ => new Counter());
        var locked = false;
        lock (pair)
        {
            if (pair.LockedUntil > now)
                return false;
            if (pair.Fail(now))
            {
                if (now - pair.LastLockedAt > Forget)
                    pair.Level = 0;
                var span = TimeSpan.FromTicks(Math.Min(FirstAddressLockout.Ticks << Math.Min(pair.Level, 16), MaxAddressLockout.Ticks));
                pair.Lock(now, span);
                pair.Level++;
                locked = true;
            }
        }

        lock (account)
        {
            if (account.LockedUntil <= now && account.Fail(now))
            {
                account.Lock(now, AccountLockout);
                locked = true;
            }
        }

        return locked;
    }

    /// <summary>A correct password: the failures this address and this account had are forgotten.</summary>
    public void RecordSuccess(string? address, string email)
    {
        _pairs.TryRemove(Pair(address, email), out _);
        if (_accounts.TryGetValue(Account(email), out var account))
        {
            lock (account)
                account.Failures.Clear();
        }
    }

    private static bool Locked(ConcurrentDictionary<string, Counter> counters, string key, DateTimeOffset now)
    {
        if (!counters.TryGetValue(key, out var c))
            return false;
        lock (c)
            return c.LockedUntil > now;
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
            return;
        _nextSweep = now + TimeSpan.FromMinutes(10);
        foreach (var counters in new[] { _accounts, _pairs })
        {
            foreach (var (key, c) in counters)
            {
                bool stale;
                lock (c)
                    stale = c.LockedUntil <= now && now - c.LastFailureAt > Forget;
                if (stale)
                    counters.TryRemove(key, out _);
            }
        }
    }

    private static string Account(string email) => email.Trim().ToUpperInvariant();

    private static string Pair(string? address, string email) => (address ?? "unknown") + "|" + Account(email);

    private sealed class Counter
    {
        public List<DateTimeOffset> Failures { get; } = [];

        public DateTimeOffset LockedUntil { get; private set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastLockedAt { get; private set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastFailureAt { get; private set; } = DateTimeOffset.MinValue;

        public int Level { get; set; }

        /// <summary>Adds a failure; true when the window now holds enough of them to lock.</summary>
        public bool Fail(DateTimeOffset now)
        {
            LastFailureAt = now;
            Failures.RemoveAll(f => now - f > Window);
            Failures.Add(now);
            return Failures.Count >= MaxFailures;
        }

        public void Lock(DateTimeOffset now, TimeSpan span)
        {
            LockedUntil = now + span;
            LastLockedAt = now;
            Failures.Clear();
        }
    }
}
