using Microsoft.AspNetCore.Identity;

namespace Ponte.Data;

public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Null for the network coordinator, who belongs to no partner organisation.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The participant record of a mentor or mentee.</summary>
    public Guid? ParticipantId { get; set; }

    public string PreferredCulture { get; set; } = "en";

    /// <summary>Her own IANA time zone, when she set one; otherwise her organisation's is used.</summary>
    public string? TimeZone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the account was deactivated; a deactivated person cannot sign in.</summary>
    public DateTimeOffset? DeactivatedAt { get; private set; }

    /// <summary>The user id of whoever deactivated the account.</summary>
    public Guid? DeactivatedBy { get; private set; }

    public bool IsDeactivated => DeactivatedAt is not null;

    public void Deactivate(Guid by, DateTimeOffset at)
    {
        if (by == Id)
            throw new InvalidOperationException("A person cannot deactivate her own account.");
        DeactivatedAt ??= at;
        DeactivatedBy ??= by;
    }

    public void Reactivate()
    {
        DeactivatedAt = null;
        DeactivatedBy = null;
    }
}
