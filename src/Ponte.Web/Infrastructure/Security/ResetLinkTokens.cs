using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Ponte.Data;

namespace Ponte.Web.Infrastructure.Security;

/// <summary>
/// Tokens for password-reset links: two hours long (an invitation's last seven days), bound to
/// the account's security stamp so any reset or sign-out elsewhere voids them, and read against
/// the injected clock. Only the reset page accepts them.
/// </summary>
public sealed class ResetLinkTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string ProviderName = "PonteResetLink";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly IDataProtector _protector = protection.CreateProtector("Ponte.ResetLink");

    public async Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var stamp = await manager.GetSecurityStampAsync(user);
        var payload = string.Join('\n', clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture), user.Id.ToString("N"), purpose, stamp);
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }

        if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            return false;
        var age = clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        return age >= TimeSpan.Zero && age <= Lifetime
            && parts[1] == user.Id.ToString("N")
            && parts[2] == purpose
            && parts[3] == await manager.GetSecurityStampAsync(user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(false);
}
