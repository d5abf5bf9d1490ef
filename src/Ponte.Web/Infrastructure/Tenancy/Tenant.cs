using System.Security.Claims;
using Ponte.Domain.Common;
using Ponte.Data;

namespace Ponte.Web.Infrastructure.Tenancy;

public static class PonteClaims
{
    public const string OrganisationId = "ponte:org";
    public const string ParticipantId = "ponte:participant";
    public const string DisplayName = "ponte:name";
}

/// <summary>The signed-in person, read from her claims; the starting point of the request's <see cref="Acting"/>.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : IAmbientUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Guid? OrganisationId => Guid.TryParse(Principal?.FindFirstValue(PonteClaims.OrganisationId), out var id) ? id : null;

    public Guid? ParticipantId => Guid.TryParse(Principal?.FindFirstValue(PonteClaims.ParticipantId), out var id) ? id : null;

    public string Name => Principal?.FindFirstValue(PonteClaims.DisplayName) ?? Principal?.Identity?.Name ?? string.Empty;

    public bool IsIn(string role) => Principal?.IsInRole(role) == true;

    public bool IsManager => IsIn(Roles.OrganisationManager);

    public bool IsStaff => IsIn(Roles.OrganisationManager) || IsIn(Roles.Trainer);

    public bool IsCoordinator => IsIn(Roles.NetworkCoordinator);

    public Actor Actor => new(UserId, Name);
}
