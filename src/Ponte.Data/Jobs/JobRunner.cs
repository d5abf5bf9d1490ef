using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ponte.Data.Jobs;

/// <summary>A job the runner knows: its stored name and the type resolved in each scope.</summary>
public sealed record JobRegistration(string Name, Type Type);

/// <summary>
/// Runs the registered jobs from their durable schedule in the database, so that any number of
/// site processes on one database do each piece of work once (ADR 0014). A due job is scanned by
/// the node that wins its schedule row (a conditional update); each due item becomes a
/// <see cref="JobItem"/>, claimed with a lease (on PostgreSQL <c>FOR UPDATE SKIP LOCKED</c>, so
/// nodes never wait on one another) and handled in its own scope, acting for its organisation. A
/// failing item is retried with <see cref="Backoff"/> and after <see cref="MaxAttempts"/> marked
/// failed; other items go on. Time is the injected <see cref="TimeProvider"/>'s.
/// </summary>
public sealed class JobRunner(
    IServiceScopeFactory scopes,
    IEnumerable<JobRegistration> jobs,
    TimeProvider clock,
    ILogger<JobRunner> logger)
{
    public const int MaxAttempts = 5;

    /// <summary>How long a node may hold an item or a job's scan before another may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int Batch = 20;

    private readonly SemaphoreSlim _pass = new(1, 1);

    private readonly IReadOnlyDictionary<string, JobRegistration> _jobs = jobs.ToDictionary(j => j.Name, StringComparer.Ordinal);

    /// <summary>This runner's name on the leases it holds.</summary>
    public string Node { get; } = $"{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: one minute, five, thirty, two hours.</summary>
    public static TimeSpan Backoff(int attempt) => attempt switch
    {
        <= 1 => TimeSpan.FromMinutes(1),
        2 => TimeSpan.FromMinutes(5),
        3 => TimeSpan.FromMinutes(30),
        _ => TimeSpan.FromHours(2),
    };

    /// <summary>Scans the jobs that are due and handles every item due now; returns how many items it handled (done or failed).</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        // One pass at a time in this process: a caller that asks while the worker's pass runs waits for it.
        await _pass.WaitAsync(ct);
        try
        {
            foreach (var job in _jobs.Values)
                await ScanAsync(job, ct);

            var handled = 0;
            while (true)
            {
                var claimed = await ClaimAsync(ct);
                if (claimed.Count == 0)
                    return handled;
                foreach (var id in claimed)
                {
                    await HandleAsync(id, ct);
                    handled++;
                }
            }
        }
        finally
        {
            _pass.Release();
        }
    }

    private async Task ScanAsync(JobRegistration registration, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        using var network = scope.ServiceProvider.GetRequiredService<Acting>().ForNetwork();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var name = registration.Name;

        // A job new to this database is due at once.
        if (!await db.JobSchedules.AnyAsync(s => s.Name == name, ct))
        {
            db.JobSchedules.Add(new JobSchedule { Name = name, NextRunAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node added it first.
            }

            db.ChangeTracker.Clear();
        }

        var leaseUntil = now + Lease;
        var won = await db.JobSchedules
            .Where(s => s.Name == name && s.NextRunAt <= now && (s.LeaseUntil == null || s.LeaseUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseUntil, leaseUntil).SetProperty(s => s.LeasedBy, Node), ct);
        if (won == 0)
            return;

        var next = now + TimeSpan.FromMinutes(1);
        try
        {
            var job = (IJob)scope.ServiceProvider.GetRequiredService(registration.Type);
            var due = await job.FindDueAsync(now, ct);
            await AddNewItemsAsync(db, name, due, now, ct);
            next = job.NextRun(now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The scan is tried again in a minute; nothing it found was lost.
            logger.LogError("Job {Job} could not look for due work: {Error}", name, e.GetType().Name);
        }
        finally
        {
            await db.JobSchedules
                .Where(s => s.Name == name && s.LeasedBy == Node)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.NextRunAt, next)
                    .SetProperty(s => s.LastRunAt, now)
                    .SetProperty(s => s.LeaseUntil, (DateTimeOffset?)null)
                    .SetProperty(s => s.LeasedBy, (string?)null), CancellationToken.None);
        }
    }

    private static async Task AddNewItemsAsync(AppDbContext db, string job, IReadOnlyList<DueItem> due, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var chunk in due.DistinctBy(d => d.Key).Chunk(200))
        {
            var keys = chunk.Select(d => d.Key).ToList();
            var known = (await db.JobItems.Where(i => i.Job == job && keys.Contains(i.Key)).Select(i => i.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            foreach (var item in chunk.Where(d => !known.Contains(d.Key)))
            {
                db.JobItems.Add(new JobItem
                {
                    Job = job,
                    Key = item.Key,
                    OrganisationId = item.OrganisationId,
                    Description = item.Description.Length > 300 ? item.Description[..300] : item.Description,
                    State = JobItemState.Pending,
                    NextAttemptAt = now,
                    CreatedAt = now,
                });
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Takes up to a batch of due items for this node; an item another node holds is skipped, not waited for.</summary>
    private async Task<List<Guid>> ClaimAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        using var network = scope.ServiceProvider.GetRequiredService<Acting>().ForNetwork();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var leaseUntil = now + Lease;
        var names = _jobs.Keys.ToList();

        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQuery<Guid>($"""
                UPDATE "JobItems" SET "LeaseUntil" = {leaseUntil}, "LeasedBy" = {Node}, "Attempts" = "Attempts" + 1
                WHERE "Id" IN (
                    SELECT "Id" FROM "JobItems"
                    WHERE "State" = {(int)JobItemState.Pending} AND "NextAttemptAt" <= {now}
                      AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {now}) AND "Job" = ANY({names})
                    ORDER BY "NextAttemptAt", "Id"
                    LIMIT {Batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(ct);
        }

        // SQLite has one writer at a time: a conditional update per candidate is the claim.
        var candidates = await db.JobItems
            .Where(i => i.State == JobItemState.Pending && i.NextAttemptAt <= now && (i.LeaseUntil == null || i.LeaseUntil < now) && names.Contains(i.Job))
            .OrderBy(i => i.NextAttemptAt).ThenBy(i => i.Id)
            .Select(i => i.Id).Take(Batch).ToListAsync(ct);
        var claimed = new List<Guid>();
        foreach (var id in candidates)
        {
            var won = await db.JobItems
                .Where(i => i.Id == id && i.State == JobItemState.Pending && (i.LeaseUntil == null || i.LeaseUntil < now))
                .ExecuteUpdateAsync(u => u
                    .SetProperty(i => i.LeaseUntil, leaseUntil)
                    .SetProperty(i => i.LeasedBy, Node)
                    .SetProperty(i => i.Attempts, i => i.Attempts + 1), ct);
            if (won == 1)
                claimed.Add(id);
        }

        return claimed;
    }

    private async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        using (var scope = scopes.CreateScope())
        {
            var acting = scope.ServiceProvider.GetRequiredService<Acting>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            JobItem item;
            using (acting.ForNetwork())
                item = await db.JobItems.SingleAsync(i => i.Id == id, ct);
            if (item.LeasedBy != Node)
                return;

            using var actingFor = item.OrganisationId is { } organisation ? acting.ForOrganisation(organisation) : acting.ForNetwork();
            try
            {
                var job = Resolve(scope.ServiceProvider, item.Job);
                await job.HandleAsync(item.Key, now, ct);
                item.State = JobItemState.Done;
                item.CompletedAt = now;
                item.LeaseUntil = null;
                item.LeasedBy = null;
                item.LastError = null;

                // The item's effects and its completion commit together.
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                var reason = e is JobFailure failure ? failure.Reason : e.GetType().Name;
                logger.LogWarning("Job {Job} item {ItemId} failed on attempt {Attempt}: {Error}", item.Job, item.Id, item.Attempts, reason);
                await RecordFailureAsync(id, item.Attempts, reason, now, ct);
            }
        }
    }

    /// <summary>Writes the failure in a fresh scope, so nothing the failed attempt left behind is saved with it.</summary>
    private async Task RecordFailureAsync(Guid id, int attempts, string reason, DateTimeOffset now, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var acting = scope.ServiceProvider.GetRequiredService<Acting>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var network = acting.ForNetwork();
        var item = await db.JobItems.SingleAsync(i => i.Id == id, CancellationToken.None);
        item.LastError = reason.Length > 200 ? reason[..200] : reason;
        item.LeaseUntil = null;
        item.LeasedBy = null;
        if (attempts >= MaxAttempts)
        {
            item.State = JobItemState.Failed;
            item.CompletedAt = now;
            try
            {
                using var actingFor = item.OrganisationId is { } organisation ? acting.ForOrganisation(organisation) : acting.ForNetwork();
                await Resolve(scope.ServiceProvider, item.Job).GaveUpAsync(item.Key, now, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError("Job {Job} item {ItemId} could not record that it gave up: {Error}", item.Job, item.Id, e.GetType().Name);
            }
        }
        else
        {
            item.NextAttemptAt = now + Backoff(attempts);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>
    /// Puts a failed item back in the queue with fresh attempts, for someone who has fixed its
    /// cause (an address, the mail settings). The caller's context decides which items she may
    /// touch: another organisation's item is not found. Returns false when there is no such failed item.
    /// </summary>
    public async Task<bool> RetryAsync(AppDbContext db, Guid itemId, CancellationToken ct = default)
    {
        var item = await db.JobItems.SingleOrDefaultAsync(i => i.Id == itemId && i.State == JobItemState.Failed, ct);
        if (item is null)
            return false;
        item.State = JobItemState.Pending;
        item.Attempts = 0;
        item.NextAttemptAt = clock.GetUtcNow();
        item.CompletedAt = null;
        item.LeaseUntil = null;
        item.LeasedBy = null;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private IJob Resolve(IServiceProvider services, string name) =>
        _jobs.TryGetValue(name, out var registration)
            ? (IJob)services.GetRequiredService(registration.Type)
            : throw new JobFailure("UnknownJob");
}

public static class JobServices
{
    /// <summary>Registers a job: resolved in a new scope for each step, with its own dependencies.</summary>
    public static IServiceCollection AddJob<T>(this IServiceCollection services)
        where T : class, IJob
    {
        services.AddScoped<T>();
        services.AddSingleton(new JobRegistration(T.Name, typeof(T)));
        return services;
    }
}
