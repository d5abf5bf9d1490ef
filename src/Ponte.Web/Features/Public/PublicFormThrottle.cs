using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Ponte.Web.Features.Public;

public sealed class PublicFormRateLimitOptions
{
    public const string Section = "Ponte:PublicFormRateLimit";

    /// <summary>Application forms one client address may send in one window (both roles, every programme).</summary>
    public int PermitsPerWindow { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Limits how many application forms one client address sends, so a script cannot fill an
/// organisation's inbox. A fixed window per address on the injected clock; reading the form is
/// not limited. Checked inside the page rather than by the rate-limiting middleware, so that a
/// refused applicant gets her own form back, as she typed it, in her language.
/// </summary>
public sealed class PublicFormThrottle(IOptions<PublicFormRateLimitOptions> options, TimeProvider clock)
{
    /// <summary>Beyond this many tracked addresses, new ones share one window (a flood from many addresses is slowed as one).</summary>
    private const int MaxTracked = 50_000;

    private const string Overflow = "overflow";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>Null when the form may be sent; otherwise how long until the address may send again.</summary>
    public TimeSpan? TryAcquire(IPAddress? address)
    {
        var o = options.Value;
        var permits = Math.Max(1, o.PermitsPerWindow);
        var window = o.Window > TimeSpan.Zero ? o.Window : TimeSpan.FromMinutes(10);
        var now = clock.GetUtcNow();
        var key = Partition(address);
        lock (_lock)
        {
            if (_windows.Count >= MaxTracked && !_windows.ContainsKey(key))
            {
                foreach (var expired in _windows.Where(w => now >= w.Value.Start + window).Select(w => w.Key).ToList())
                    _windows.Remove(expired);
                if (_windows.Count >= MaxTracked)
                    key = Overflow;
            }

            if (!_windows.TryGetValue(key, out var current) || now >= current.Start + window)
                current = (now, 0);
            if (current.Count >= permits)
                return current.Start + window - now;
            _windows[key] = (current.Start, current.Count + 1);
            return null;
        }
    }

    /// <summary>An IPv4 address as itself; an IPv6 address by its /64, which one subscriber usually holds whole.</summary>
    public static string Partition(IPAddress? address)
    {
        if (address is null)
            return "unknown";
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

public static class PublicFormsSetup
{
    /// <summary>The public application forms' services: the rate limit per client address and the lock per applicant.</summary>
    public static IServiceCollection AddPontePublicForms(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicFormRateLimitOptions>(configuration.GetSection(PublicFormRateLimitOptions.Section));
        services.AddSingleton<PublicFormThrottle>();
        services.AddSingleton<ApplicantLocks>();
        return services;
    }
}

/// <summary>
/// Serialises the submissions of one applicant (programme and email) within this process, so two
/// forms sent at the same moment cannot both pass the "already applied" check.
/// </summary>
public sealed class ApplicantLocks
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> EnterAsync(Guid programmeId, string normalisedEmail, CancellationToken ct)
    {
        var stripe = _stripes[(uint)HashCode.Combine(programmeId, normalisedEmail) % (uint)_stripes.Length];
        await stripe.WaitAsync(ct);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
                stripe.Release();
        }
    }
}

/// <summary>The public forms' security events: structured, with the address and the outcome and no personal data.</summary>
public static partial class PublicFormLog
{
    [LoggerMessage(EventId = 7012, EventName = "PublicFormRateLimited", Level = LogLevel.Warning,
        Message = "Security event PublicFormRateLimited: user {UserId} from {Address}, outcome {Outcome}, {Role} form of programme {ProgrammeId}")]
    public static partial void RateLimited(ILogger logger, string? userId, string address, string outcome, Guid programmeId, Ponte.Domain.Profiles.ParticipantRole role);
}
