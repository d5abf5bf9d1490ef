namespace Ponte.Data;

/// <summary>Who is acting in one unit of work: a person, or the system for one organisation or for the whole network.</summary>
public enum ActingAs
{
    /// <summary>Nobody signed in: an anonymous visitor, or a process that has not said who it acts for. Sees no organisation's data.</summary>
    Nobody,

    /// <summary>A signed-in person: she sees her own organisation's data (none, for the network coordinator).</summary>
    User,

    /// <summary>The system acting for one organisation: a scheduled job's item, a <c>ponte</c> command.</summary>
    Organisation,

    /// <summary>The system acting for the whole network: migrations, seeding, network aggregates; named where used.</summary>
    Network,
}

/// <summary>The signed-in person a unit of work starts from; the site reads her from the request, other hosts have none.</summary>
public interface IAmbientUser
{
    Guid? UserId { get; }

    Guid? OrganisationId { get; }

    string Name { get; }
}

/// <summary>No signed-in person: the starting point of jobs and the <c>ponte</c> command.</summary>
public sealed class NoAmbientUser : IAmbientUser
{
    public static readonly NoAmbientUser Instance = new();

    public Guid? UserId => null;

    public Guid? OrganisationId => null;

    public string Name => string.Empty;
}

/// <summary>
/// Says who acts in one scope (a request, a job's item, a command) and so which organisation's
/// data the database context lets it see. It starts as the ambient user; code that must act
/// otherwise says so for a block: <see cref="ForOrganisation"/> (a job, a command) or
/// <see cref="ForNetwork"/> (start-up, seeding, the public form's look-up across organisations).
/// </summary>
public sealed class Acting(IAmbientUser ambient)
{
    private readonly Stack<(ActingAs Kind, Guid? OrganisationId)> _scopes = new();

    public ActingAs Kind => _scopes.TryPeek(out var top) ? top.Kind : ambient.UserId is null ? ActingAs.Nobody : ActingAs.User;

    /// <summary>The organisation whose data is visible; null when none is (the coordinator, a visitor) or all are (<see cref="IsNetwork"/>).</summary>
    public Guid? OrganisationId => _scopes.TryPeek(out var top) ? top.OrganisationId : ambient.OrganisationId;

    /// <summary>True while acting for the whole network: every organisation's data is visible.</summary>
    public bool IsNetwork => Kind == ActingAs.Network;

    /// <summary>The signed-in person on whose behalf this runs, also inside a system block (stamped on what she saves); null for jobs, commands and visitors.</summary>
    public Guid? UserId => ambient.UserId;

    /// <summary>That person's display name, or null when there is none.</summary>
    public string? UserName => ambient.UserId is null ? null : ambient.Name;

    /// <summary>Acts for the whole network until the returned scope is disposed.</summary>
    public IDisposable ForNetwork() => Push(ActingAs.Network, null);

    /// <summary>Acts as the system for one organisation until the returned scope is disposed.</summary>
    public IDisposable ForOrganisation(Guid organisationId)
    {
        if (organisationId == Guid.Empty)
            throw new ArgumentException("An organisation is required.", nameof(organisationId));
        return Push(ActingAs.Organisation, organisationId);
    }

    private Scope Push(ActingAs kind, Guid? organisationId)
    {
        _scopes.Push((kind, organisationId));
        return new Scope(this, _scopes.Count);
    }

    private sealed class Scope(Acting owner, int depth) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (_done)
                return;
            _done = true;
            if (owner._scopes.Count != depth)
                throw new InvalidOperationException("Execution scopes must end in the order they began.");
            owner._scopes.Pop();
        }
    }
}
