using System.Net;
using Ponte.Web.Infrastructure.Http;

namespace Ponte.Web.Infrastructure.Security;

/// <summary>
/// Wrong passwords counted per account and per (address, account), the address grouped as
/// <see cref="ClientAddress"/> does (IPv6 by /64). Five failures from one address lock that
/// address for the account: 15 minutes the first time, twice as long each time after (at most a
/// day; back to 15 after a day without a lockout). Five failures in 15 minutes from any addresses
/// lock the account for 15 minutes, but only for the addresses that failed for it in the last 15
/// minutes: an address with no recent failure is never refused because of others, so a stranger
/// who knows an email cannot keep its owner out. Refused attempts are not counted. Unknown emails
/// are tracked exactly like known ones, so the answers say nothing about which accounts exist.
/// A password reset forgets the account. Kept in memory on each node, bounded (ADR 0009).
/// </summary>
public sealed class SignInLockout(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public const int MaxTracked = 50_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AccountLockout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan FirstAddressLockout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxAddressLockout = TimeSpan.FromHours(24);
    private static readonly TimeSpan Forget = TimeSpan.FromHours(24);

    private readonly Lock _lock = new();
    private readonly BoundedTable<Counter> _accounts = new(MaxTracked, (c, now) => c.IsIdle(now));
    private readonly BoundedTable<Counter> _pairs = new(MaxTracked, (c, now) => c.IsIdle(now));

    /// <summary>Null when an attempt from this address for this account may be heard now; otherwise how long it stays refused.</summary>
    public TimeSpan? LockedFor(IPAddress? address, string account)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var pair = _pairs.Find(Pair(address, account));
            if (pair is null)
                return null;
            var until = pair.LockedUntil;
            if (pair.FailedSince(now - Window) && _accounts.Find(Key(account)) is { } whole && whole.LockedUntil > until)
                until = whole.LockedUntil;
            return until > now ? until - now : null;
        }
    }

    /// <summary>Counts a wrong password; returns true when it locked the account or the address.</summary>
    public bool RecordFailure(IPAddress? address, string account)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var pair = _pairs.GetOrAdd(Pair(address, account), now);
            if (pair.LockedUntil > now)
                return false;
            var locked = false;
            if (pair.Fail(now))
            {
                if (now - pair.LastLockedAt > Forget)
                    pair.Level = 0;
                pair.Lock(now, TimeSpan.FromTicks(Math.Min(FirstAddressLockout.Ticks << Math.Min(pair.Level, 16), MaxAddressLockout.Ticks)));
                pair.Level++;
                locked = true;
            }

            var whole = _accounts.GetOrAdd(Key(account), now);
            if (whole.LockedUntil <= now && whole.Fail(now))
            {
                whole.Lock(now, AccountLockout);
                locked = true;
            }

            return locked;
        }
    }

    /// <summary>A correct password: this address's failures for the account are forgotten, and the account's count starts again.</summary>
    public void RecordSuccess(IPAddress? address, string account)
    {
        lock (_lock)
        {
            _pairs.Remove(Pair(address, account));
            _accounts.Find(Key(account))?.Failures.Clear();
        }
    }

    /// <summary>The account's password was reset by its owner: its lockout and every address's failures for it are forgotten.</summary>
    public void Forgive(string account)
    {
        var key = Key(account);
        var prefix = key + "\n";
        lock (_lock)
        {
            _accounts.Remove(key);
            _pairs.RemoveWhere((k, _) => k.StartsWith(prefix, StringComparison.Ordinal));
        }
    }

    private static string Key(string account) => account.Trim().ToUpperInvariant();

    private static string Pair(IPAddress? address, string account) => Key(account) + "\n" + ClientAddress.Partition(address);

    private sealed class Counter
    {
        public List<DateTimeOffset> Failures { get; } = [];

        public DateTimeOffset LockedUntil { get; private set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastLockedAt { get; private set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastFailureAt { get; private set; } = DateTimeOffset.MinValue;

        public int Level { get; set; }

        public bool FailedSince(DateTimeOffset since) => LastFailureAt > since;

        /// <summary>Neither locked nor failed inside the window: dropped first when the table is full (its escalation is forgotten).</summary>
        public bool IsIdle(DateTimeOffset now) => LockedUntil <= now && !FailedSince(now - Window);

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
