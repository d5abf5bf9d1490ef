using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Ponte.Data;

namespace Ponte.Web.Infrastructure.Security;

/// <summary>
/// Session rules on top of Identity's cookie: every request checks the account's security stamp
/// (so sign-out, a password change or reset and deactivation end every copy of the cookie), and
/// a session ends 12 hours after sign-in (14 days with "keep me signed in") however active it is.
/// </summary>
public static class AccountSecurity
{
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan RememberedLifetime = TimeSpan.FromDays(14);

    /// <summary>The moment of sign-in, kept in the cookie's properties across sliding renewals.</summary>
    public const string SignedInAtKey = "ponte.signedInAt";

    public static IServiceCollection AddPonteAccountSecurity(this IServiceCollection services)
    {
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<SecurityEvents>();
        services.AddSingleton<DummyPassword>();
        services.AddTransient<ResetLinkTokenProvider>();
        services.Configure<IdentityOptions>(o =>
            o.Tokens.ProviderMap[ResetLinkTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(ResetLinkTokenProvider)));
        services.ConfigureApplicationCookie(o =>
        {
            o.ExpireTimeSpan = RememberedLifetime;
            o.Events.OnSigningIn = SigningIn;
            o.Events.OnValidatePrincipal = ValidateAsync;
        });
        return services;
    }

    private static Task SigningIn(CookieSigningInContext ctx)
    {
        // A refreshed sign-in (after a password change) keeps the original moment.
        if (!ctx.Properties.Items.ContainsKey(SignedInAtKey))
        {
            var now = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            ctx.Properties.Items[SignedInAtKey] = now.ToString("O", CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext ctx)
    {
        var services = ctx.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var lifetime = ctx.Properties.IsPersistent ? RememberedLifetime : SessionLifetime;
        string? reason = null;
        if (!ctx.Properties.Items.TryGetValue(SignedInAtKey, out var value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
            || now - signedInAt > lifetime)
        {
            reason = "Expired";
        }
        else
        {
            var signIn = services.GetRequiredService<SignInManager<ApplicationUser>>();
            var user = await signIn.ValidateSecurityStampAsync(ctx.Principal);
            if (user is null)
                reason = "StampChanged";
            else if (user.IsDeactivated)
                reason = SecurityOutcome.Deactivated;
        }

        if (reason is null)
            return;
        var userId = Guid.TryParse(ctx.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : (Guid?)null;
        services.GetRequiredService<SecurityEvents>().SessionRejected(userId, ctx.HttpContext.Connection.RemoteIpAddress?.ToString(), reason);
        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

/// <summary>
/// A password hash no one can match, checked for sign-ins with an unknown email or a locked
/// address, so they take as long as a real check.
/// </summary>
public sealed class DummyPassword
{
    private static readonly ApplicationUser Nobody = new() { Id = Guid.Empty, UserName = "nobody" };
    private readonly PasswordHasher<ApplicationUser> _hasher;
    private readonly string _hash;

    public DummyPassword(Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<ApplicationUser>(options);
        _hash = _hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
    }

    public void Check(string? password) => _hasher.VerifyHashedPassword(Nobody, _hash, password ?? string.Empty);
}
