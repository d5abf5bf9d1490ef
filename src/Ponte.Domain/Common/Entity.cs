namespace Ponte.Domain.Common;

public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The account that created it (null: the person herself, through a public form, or the system).</summary>
    public Guid? CreatedById { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public Guid? UpdatedById { get; set; }
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

/// <summary>What kind of actor did something: records keep the account's id, never a copy of a name.</summary>
public enum ActorKind
{
    /// <summary>A signed-in person: her account's id is recorded, her name shown by looking it up.</summary>
    User,

    /// <summary>The person the record is about, acting for herself without an account (her application form, her self-assessment).</summary>
    Subject,

    /// <summary>Ponte itself: a scheduled job, a command.</summary>
    System,
}

/// <summary>Who is doing something. <see cref="Name"/> is for the moment only (a log line); records store <see cref="UserId"/> and <see cref="Kind"/>.</summary>
public sealed record Actor(Guid? UserId, string Name, ActorKind Kind = ActorKind.User)
{
    public static readonly Actor System = new(null, "Ponte", ActorKind.System);

    public static Actor Applicant(string name) => new(null, name, ActorKind.Subject);
}
