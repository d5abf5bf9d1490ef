namespace Ponte.Data.Jobs;

/// <summary>An item a job found due: its key, the organisation it belongs to, and a line for staff.</summary>
public readonly record struct DueItem(string Key, Guid? OrganisationId, string Description);

/// <summary>
/// Work that runs outside a request. A job is resolved in a new scope for every step and takes its
/// services (the scope's <see cref="AppDbContext"/> among them) in its constructor.
/// <see cref="FindDueAsync"/> runs acting for the network; <see cref="HandleAsync"/> runs once per
/// item, acting for the item's organisation, and leaves its changes unsaved: the runner saves them
/// together with the item's completion, so a handled item and its effects commit as one.
/// </summary>
public interface IJob
{
    /// <summary>The job's name in the schedule (stable: it is stored).</summary>
    static abstract string Name { get; }

    /// <summary>When to look for due items again after a look at <paramref name="after"/>.</summary>
    DateTimeOffset NextRun(DateTimeOffset after);

    Task<IReadOnlyList<DueItem>> FindDueAsync(DateTimeOffset now, CancellationToken ct);

    /// <summary>Handles one item; throws to have it retried later (<see cref="JobRunner.Backoff"/>).</summary>
    Task HandleAsync(string key, DateTimeOffset now, CancellationToken ct);

    /// <summary>The item will not be tried again; the job may record that on what it concerns (saved by the runner).</summary>
    Task GaveUpAsync(string key, DateTimeOffset now, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>A failure the job explains in a word staff can read (the item's <see cref="JobItem.LastError"/>).</summary>
public sealed class JobFailure(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}
