using Microsoft.AspNetCore.Identity;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Account;

/// <summary>
/// Someone asks for a reset link for an email. An active account with it gets the link, in her
/// language; for any other email the same work is done but nothing is sent, so the answer tells
/// no one which accounts exist.
/// </summary>
public static class RequestPasswordReset
{
    /// <param name="Address">Where the request came from, for the security log.</param>
    public sealed record Request(string? Email, string? Address);

    public sealed class Handler(HandlerContext context, UserManager<ApplicationUser> users, Invitations invitations, SecurityEvents events) : IHandler
    {
        public async Task HandleAsync(Request request, CancellationToken ct)
        {
            var email = request.Email?.Trim();
            if (string.IsNullOrEmpty(email))
                throw new DomainValidationException(nameof(Request.Email), "Required", "The email is required.");

            var user = await users.FindByEmailAsync(email);
            if (user is { IsDeactivated: false })
            {
                await invitations.SendPasswordResetAsync(context.Db, user, ct);
                await context.Db.SaveChangesAsync(ct);
                events.PasswordResetRequested(user.Id, request.Address);
            }
            else
            {
                await invitations.PretendPasswordResetAsync(ct);
                events.PasswordResetRequested(null, request.Address);
            }
        }
    }
}
