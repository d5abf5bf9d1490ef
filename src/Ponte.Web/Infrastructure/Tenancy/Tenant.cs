using System.Security.Claims;
using Ponte.Domain.Common;
using Ponte.Web.Data;

namespace Ponte.Web.Infrastructure.Tenancy;

/// <summary>Whose data a database context may see.</summary>
public interface ITenant
{
    /// <summary>The caller's organisation, or null (the coordinator, an anonymous visitor).</summary>
    Guid? OrganisationId { get; }

    /// <summary>Start-up, seeding and the public application form, which look across organisations on purpose.</summary>
    bool IsSystem { get; }
}

public static class PonteClaims
{
    public const string OrganisationId = "ponte:org";
    public const string ParticipantId = "ponte:participant";
    public const string DisplayName = "ponte:name";
}

/// <summary>The signed-in person, read from her claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
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

/// <summary>
/// The tenant of one request or job: the signed-in person's organisation, unless the code
/// explicitly steps outside it with <see cref="AsSystem"/> (start-up, the public application form).
/// </summary>
public sealed class TenantContext(CurrentUser user) : ITenant
{
    private int _systemDepth;

    public Guid? OrganisationId => IsSystem ? null : user.OrganisationId;

    public bool IsSystem => _systemDepth > 0;

    public IDisposable AsSystem()
    {
        _systemDepth++;
        return new Exit(this);
    }

    private sealed class Exit(TenantContext owner) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (_done)
                return;
            _done = true;
            owner._systemDepth--;
        }
    }
}
