using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ponte.Web.Infrastructure.Security;

public sealed class LoginThrottleOptions
{
    public const string Section = "Ponte:LoginRateLimit";

    /// <summary>Sign-in attempts allowed per account and address in one window.</summary>
    public int PerAccount { get; set; } = 10;

    /// <summary>Sign-in attempts allowed per address in one window, whatever the account.</summary>
    public int PerAddress { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Limits sign-in attempts so passwords cannot be guessed at speed; over the limit the caller gets 429 with Retry-After.</summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<(string Address, string Account)> _limiter;

    public LoginThrottle(IOptions<LoginThrottleOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(string Address, string Account), string>(key =>
                RateLimitPartition.GetFixedWindowLimiter(key.Address + "|" + key.Account, _ => Window(o.PerAccount, o.Window))),
            PartitionedRateLimiter.Create<(string Address, string Account), string>(key =>
                RateLimitPartition.GetFixedWindowLimiter(key.Address, _ => Window(o.PerAddress, o.Window))));
    }

    /// <summary>Null when the attempt may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? TryAttempt(string? address, string? account)
    {
        using var lease = _limiter.AttemptAcquire((address ?? "unknown", (account ?? string.Empty).Trim().ToUpperInvariant()));
        if (lease.IsAcquired)
            return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
