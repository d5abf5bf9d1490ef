using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.People;

/// <summary>
/// Deactivates an account the caller may manage, never her own. The new security stamp ends every
/// session the person has on its next request; Identity saves the account.
/// </summary>
public static class Deactivate
{
    /// <param name="Address">Where the request came from, for the security log.</param>
    public sealed record Request(Guid UserId, string? Address);

    public sealed class Handler(HandlerContext context, CurrentUser me, UserManager<ApplicationUser> users, SecurityEvents events) : IHandler
    {
        public async Task<ApplicationUser> HandleAsync(Request request, CancellationToken ct)
        {
            var user = await VisibleAccounts.Of(users, context.Db, me).SingleOrDefaultAsync(u => u.Id == request.UserId, ct) ?? throw new NotFoundException();
            var actor = context.Actor.UserId ?? throw new InvalidOperationException("Only a signed-in person deactivates accounts.");
            if (user.Id == actor)
                throw new DomainException("NotYourself", "A person cannot deactivate or reactivate her own account.");
            if (!user.IsDeactivated)
            {
                user.Deactivate(actor, context.Now);
                await users.UpdateSecurityStampAsync(user);
                events.AccountDeactivated(user.Id, actor, request.Address);
            }

            return user;
        }
    }
}
