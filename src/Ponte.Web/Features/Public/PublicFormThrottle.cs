using System.Net;
using Microsoft.Extensions.Options;
using Ponte.Web.Infrastructure.Http;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Public;

public sealed class PublicFormRateLimitOptions
{
    public const string Section = "Ponte:PublicFormRateLimit";

    /// <summary>Application forms one client address may send in one window (both roles, every programme).</summary>
    public int PermitsPerWindow { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Limits how many application forms one client address (<see cref="ClientAddress"/>) sends, so a
/// script cannot fill an organisation's inbox. A fixed window per address on the injected clock;
/// reading the form is not limited. Checked inside the page rather than by the rate-limiting
/// middleware, so that a refused applicant gets her own form back, as she typed it, in her language.
/// </summary>
public sealed class PublicFormThrottle(IOptions<PublicFormRateLimitOptions> options, TimeProvider clock)
{
    private readonly KeyedWindowLimiter _limiter = new(clock, options.Value.PermitsPerWindow,
        options.Value.Window > TimeSpan.Zero ? options.Value.Window : TimeSpan.FromMinutes(10));

    /// <summary>Null when the form may be sent; otherwise how long until the address may send again.</summary>
    public TimeSpan? TryAcquire(IPAddress? address) => _limiter.TryAcquire(ClientAddress.Partition(address));
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
