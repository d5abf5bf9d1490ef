namespace Ponte.Domain.Common;

/// <summary>The five roles, named once: Identity's roles, the pages' policies and the demo network use these.</summary>
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
