namespace Ponte.Domain.Common;

public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>An entity people edit: a second save based on a stale <see cref="Version"/> is refused.</summary>
public abstract class VersionedEntity : Entity
{
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Data that belongs to one partner organisation and is never shown to another.</summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; }
}

/// <summary>Who did something, as recorded on timelines.</summary>
public sealed record Actor(Guid? UserId, string Name)
{
    public static readonly Actor System = new(null, "Ponte");

    public static Actor Applicant(string name) => new(null, name);
}
