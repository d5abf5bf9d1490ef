namespace Ponte.Data.Jobs;

/// <summary>When a recurring job next looks for due items; the row every node consults, so a job is scanned by one node at a time.</summary>
public sealed class JobSchedule
{
    public string Name { get; set; } = string.Empty;

    public DateTimeOffset NextRunAt { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    /// <summary>While set and in the future, the node named in <see cref="LeasedBy"/> is scanning.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LeasedBy { get; set; }
}

public enum JobItemState
{
    Pending = 0,
    Done = 1,
    Failed = 2,
}

/// <summary>
/// One piece of work a job found due (a message to send, a reminder to give), handled once:
/// claimed by one node with a lease, retried with backoff when it fails, and marked failed after
/// the last attempt, visible to its organisation's managers.
/// </summary>
public sealed class JobItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Job { get; set; } = string.Empty;

    /// <summary>The item's key within its job (a message id, a meeting and a day); unique per job.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The organisation the item belongs to (the job acts for it); null for network work.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>What the item is about, as the job described it for staff (no personal data beyond what its organisation's managers may see).</summary>
    public string Description { get; set; } = string.Empty;

    public JobItemState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LeasedBy { get; set; }

    /// <summary>The kind of the last failure (an exception type, or a reason the job gave), never its message.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
