using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.People;

/// <summary>Sends a fresh invitation link to a person the caller may see who has not set a password yet (and is not deactivated).</summary>
public static class ResendInvitation
{
    public sealed record Request(Guid UserId);

    public sealed class Handler(HandlerContext context, CurrentUser me, UserManager<ApplicationUser> users, Invitations invitations) : IHandler
    {
        /// <summary>The address the link went to; null when she needs none (she has a password, or is deactivated).</summary>
        public async Task<string?> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var user = await VisibleAccounts.Of(users, db, me).SingleOrDefaultAsync(u => u.Id == request.UserId, ct) ?? throw new NotFoundException();
            if (user.PasswordHash is not null || user.IsDeactivated)
                return null;
            await invitations.SendAsync(db, user, ct);
            await db.SaveChangesAsync(ct);
            return user.Email;
        }
    }
}
