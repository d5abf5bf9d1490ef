using Microsoft.AspNetCore.Identity;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.People;

/// <summary>
/// Deactivates or reactivates an account the caller may manage. Deactivation changes the
/// security stamp, so every session the person has ends on its next request.
/// </summary>
public static class AccountStatus
{
    public enum Outcome
    {
        Done,
        Yourself,
    }

    public static async Task<Outcome> DeactivateAsync(UserManager<ApplicationUser> users, ApplicationUser user, Guid actorId, TimeProvider clock, SecurityEvents events, string? address)
    {
        if (user.Id == actorId)
            return Outcome.Yourself;
        if (!user.IsDeactivated)
        {
            user.Deactivate(actorId, clock.GetUtcNow());
            await users.UpdateSecurityStampAsync(user);
            events.AccountDeactivated(user.Id, actorId, address);
        }

        return Outcome.Done;
    }

    public static async Task<Outcome> ReactivateAsync(UserManager<ApplicationUser> users, ApplicationUser user, Guid actorId, SecurityEvents events, string? address)
    {
        if (user.Id == actorId)
            return Outcome.Yourself;
        if (user.IsDeactivated)
        {
            user.Reactivate();
            await users.UpdateAsync(user);
            events.AccountReactivated(user.Id, actorId, address);
        }

        return Outcome.Done;
    }
}
