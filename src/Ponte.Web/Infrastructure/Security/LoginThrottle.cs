using System.Net;
using Microsoft.Extensions.Options;
using Ponte.Web.Infrastructure.Http;

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

/// <summary>
/// Limits password attempts (sign-in, reset requests, the current password on the change page) so
/// passwords cannot be guessed at speed; over the limit the caller gets 429 with Retry-After.
/// Counted per account and address, and per address whatever the account (<see cref="ClientAddress"/>).
/// </summary>
public sealed class LoginThrottle(IOptions<LoginThrottleOptions> options, TimeProvider clock)
{
    private readonly KeyedWindowLimiter _perAccount = new(clock, options.Value.PerAccount, options.Value.Window);
    private readonly KeyedWindowLimiter _perAddress = new(clock, options.Value.PerAddress, options.Value.Window);

    /// <summary>Null when the attempt may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? TryAttempt(IPAddress? address, string? account)
    {
        var client = ClientAddress.Partition(address);
        return _perAccount.TryAcquire(client + "|" + (account ?? string.Empty).Trim().ToUpperInvariant())
            ?? _perAddress.TryAcquire(client);
    }
}
