using Microsoft.AspNetCore.Identity;
using Ponte.Data;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Http;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Shared;

/// <summary>
/// Creates accounts and sends the one-time link with which a person sets (or chooses a new)
/// password: the templates <c>Account.Invitation</c> and <c>Account.PasswordReset</c> of the
/// <see cref="Notifier"/>, in her saved language, queued in the caller's save.
/// </summary>
public sealed class Invitations(
    UserManager<ApplicationUser> users,
    Notifier notifier,
    PublicUrl publicUrl,
    TimeProvider clock)
{
    /// <summary>
    /// Creates the user (without a password) in the given role and queues the invitation.
    /// Returns the user, or the Identity errors (e.g. the email is taken).
    /// </summary>
    public async Task<(ApplicationUser? User, IReadOnlyList<string> Errors)> InviteAsync(
        AppDbContext db, string email, string displayName, string role, Guid? organisationId, Guid? participantId, string culture, CancellationToken ct = default, bool sendInvitation = true)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            OrganisationId = organisationId,
            ParticipantId = participantId,
            PreferredCulture = Cultures.IsSupported(culture) ? culture : Cultures.Default,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
            return (null, created.Errors.Select(e => e.Code).ToList());
        await users.AddToRoleAsync(user, role);
        if (sendInvitation)
            await SendAsync(db, user, ct);
        return (user, []);
    }

    /// <summary>Queues a fresh invitation link for an existing user who has not set a password.</summary>
    public async Task SendAsync(AppDbContext db, ApplicationUser user, CancellationToken ct = default) =>
        await notifier.QueueAsync(db, RecipientOf(user), "Account.Invitation", [user.DisplayName, await InvitationLinkAsync(user)], ct: ct);

    /// <summary>A one-time link with which the person sets her password (seven days).</summary>
    public async Task<string> InvitationLinkAsync(ApplicationUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{BaseUrl()}/Account/AcceptInvitation?user={user.Id}&token={Uri.EscapeDataString(token)}";
    }

    /// <summary>The sign-in page at the site's public address.</summary>
    public string SignInLink() => $"{BaseUrl()}/Account/Login";

    /// <summary>Queues a one-time link with which the person chooses a new password.</summary>
    public async Task SendPasswordResetAsync(AppDbContext db, ApplicationUser user, CancellationToken ct = default)
    {
        var token = await users.GenerateUserTokenAsync(user, ResetLinkTokenProvider.ProviderName, UserManager<ApplicationUser>.ResetPasswordTokenPurpose);
        var link = $"{BaseUrl()}/Account/ResetPassword?user={user.Id}&token={Uri.EscapeDataString(token)}";
        await notifier.QueueAsync(db, RecipientOf(user), "Account.PasswordReset", [user.DisplayName, link], ct: ct);
    }

    /// <summary>The work of <see cref="SendPasswordResetAsync"/> for an email no active account has, so both take comparable time.</summary>
    public async Task PretendPasswordResetAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var nobody = new ApplicationUser { Id = Guid.NewGuid(), SecurityStamp = Guid.NewGuid().ToString("N") };
        _ = await users.GenerateUserTokenAsync(nobody, ResetLinkTokenProvider.ProviderName, UserManager<ApplicationUser>.ResetPasswordTokenPurpose);
    }

    private static Recipient RecipientOf(ApplicationUser user) =>
        new(user.Email!, user.DisplayName, user.PreferredCulture, user.OrganisationId);

    private string BaseUrl() => publicUrl.Base;
}
