using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ponte.Data;

namespace Ponte.Web.Infrastructure.Tenancy;

/// <summary>Puts the organisation, participant and display name into the sign-in cookie.</summary>
public sealed class PonteClaimsFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PonteClaims.DisplayName, user.DisplayName));
        if (user.OrganisationId is { } org)
            identity.AddClaim(new Claim(PonteClaims.OrganisationId, org.ToString()));
        if (user.ParticipantId is { } participant)
            identity.AddClaim(new Claim(PonteClaims.ParticipantId, participant.ToString()));
        return identity;
    }
}
