using Microsoft.AspNetCore.Identity;

namespace Ponte.Web.Data;

public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Null for the network coordinator, who belongs to no partner organisation.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The participant record of a mentor or mentee.</summary>
    public Guid? ParticipantId { get; set; }

    public string PreferredCulture { get; set; } = "en";

    public DateTimeOffset CreatedAt { get; set; }
}

public static class Roles
{
    public const string NetworkCoordinator = nameof(NetworkCoordinator);
    public const string OrganisationManager = nameof(OrganisationManager);
    public const string Trainer = nameof(Trainer);
    public const string Mentor = nameof(Mentor);
    public const string Mentee = nameof(Mentee);

    public static readonly string[] All = [NetworkCoordinator, OrganisationManager, Trainer, Mentor, Mentee];

    /// <summary>Organisation staff: managers and trainers.</summary>
    public const string Staff = OrganisationManager + "," + Trainer;
}
