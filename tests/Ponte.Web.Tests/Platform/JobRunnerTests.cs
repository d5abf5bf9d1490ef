using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Data;
using Ponte.Data.Jobs;
using Ponte.Data.Outbox;
using Ponte.Web.Infrastructure.Jobs;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>A job for the tests: its due keys are what the test says; every handling is recorded with the node that did it.</summary>
public sealed class RecordingJob(JobRunner runner) : IJob
{
    public static string Name => "test-recording";

    public static ConcurrentDictionary<string, Guid?> Due { get; } = new();

    public static ConcurrentQueue<(string Node, string Key)> Handled { get; } = new();

    /// <summary>Keys that fail on every attempt.</summary>
    public static ConcurrentDictionary<string, bool> Broken { get; } = new();

    public static ConcurrentQueue<string> GaveUp { get; } = new();

    public DateTimeOffset NextRun(DateTimeOffset after) => after;

    public Task<IReadOnlyList<DueItem>> FindDueAsync(DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DueItem>>(Due.Select(d => new DueItem(d.Key, d.Value, "test " + d.Key)).ToList());

    public async Task HandleAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        // Give the other node time to try the same item while this one holds it.
        await Task.Yield();
        if (Broken.ContainsKey(key))
            throw new JobFailure("Broken");
        Handled.Enqueue((runner.Node, key));
        Due.TryRemove(key, out _);
    }

    public Task GaveUpAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        GaveUp.Enqueue(key);
        Due.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}

/// <summary>A site with the recording job; on a database of its own, or sharing another node's PostgreSQL database.</summary>
public sealed class JobsNode : PonteFactory
{
    public JobsNode(Db db)
        : base(db)
    {
    }

    public JobsNode(string sharedPostgresDatabase)
        : base(sharedPostgresDatabase)
    {
    }

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddJob<RecordingJob>());
}

/// <summary>
/// The job runner's contracts: a due item is handled once however many site processes share the
/// database; work due while the site was down runs when it starts; time is the injected clock's,
/// so the tests move it and nothing sleeps; a failing item is retried with backoff, then marked
/// failed, without holding up the others.
/// </summary>
[Collection(nameof(RecordingJob))]
public sealed class JobRunnerTests
{
    private static string Prefix() => Guid.NewGuid().ToString("N")[..8] + "-";

    private static Task<List<JobItem>> ItemsAsync(PonteFactory node, string prefix) =>
        node.WithDbAsync(db => db.JobItems.AsNoTracking().Where(i => i.Job == RecordingJob.Name && i.Key.StartsWith(prefix)).ToListAsync());

    [Fact]
    public async Task Two_sites_on_one_postgres_database_handle_each_due_item_once()
    {
        PonteFactory.RequireAvailable(Db.Postgres);
        await using var first = new JobsNode(Db.Postgres);
        await first.InitializeAsync();
        await using var second = new JobsNode(first.PostgresDatabase);
        await second.InitializeAsync();
        var prefix = Prefix();
        var keys = Enumerable.Range(1, 60).Select(k => prefix + k).ToList();
        foreach (var key in keys)
            RecordingJob.Due[key] = null;

        var a = first.Services.GetRequiredService<JobRunner>();
        var b = second.Services.GetRequiredService<JobRunner>();
        Assert.NotEqual(a.Node, b.Node);

        // Both nodes' passes run at the same moment, several times over (their workers run as well).
        for (var round = 0; round < 3; round++)
            await Task.WhenAll(Enumerable.Range(0, 4).Select(k => Task.Run(() => (k % 2 == 0 ? a : b).RunDueAsync())));

        var handled = RecordingJob.Handled.Where(h => h.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), handled.Select(h => h.Key).Order(StringComparer.Ordinal));
        Assert.All(handled, h => Assert.Contains(h.Node, new[] { a.Node, b.Node }));
        var items = await ItemsAsync(first, prefix);
        Assert.Equal(60, items.Count);
        Assert.All(items, i => Assert.Equal(JobItemState.Done, i.State));
        Assert.All(items, i => Assert.Equal(1, i.Attempts));
    }

    [Fact]
    public async Task Work_that_fell_due_while_the_site_was_down_runs_once_when_it_starts()
    {
        PonteFactory.RequireAvailable(Db.Postgres);

        // The database outlives both runs of the site: its owner never starts a site of its own.
        await using var owner = new JobsNode(Db.Postgres);
        var database = owner.PostgresDatabase;
        await using (var first = new JobsNode(database))
        {
            await first.InitializeAsync();
            await first.Services.GetRequiredService<JobRunner>().RunDueAsync();
            var before = await first.WithDbAsync(db => db.JobSchedules.AsNoTracking().SingleAsync(s => s.Name == PurgeExpiredLinksJob.Name));
            Assert.Equal(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero), before.NextRunAt);
        }

        // The site is down for three days, then starts again on the same database.
        await using var restarted = new JobsNode(database);
        await restarted.InitializeAsync();
        restarted.Clock.Advance(TimeSpan.FromDays(3));
        await restarted.Services.GetRequiredService<JobRunner>().RunDueAsync();
        await restarted.Services.GetRequiredService<JobRunner>().RunDueAsync();

        var purges = await restarted.WithDbAsync(db => db.JobItems.AsNoTracking().Where(i => i.Job == PurgeExpiredLinksJob.Name).OrderBy(i => i.Key).ToListAsync());
        Assert.Equal(["2026-11-23", "2026-11-26"], purges.Select(p => p.Key));
        Assert.All(purges, p => Assert.Equal(JobItemState.Done, p.State));
        var schedule = await restarted.WithDbAsync(db => db.JobSchedules.AsNoTracking().SingleAsync(s => s.Name == PurgeExpiredLinksJob.Name));
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero), schedule.NextRunAt);
    }

    [Theory]
    [InlineData(Db.Sqlite)]
    [InlineData(Db.Postgres)]
    public async Task A_failing_item_is_retried_with_backoff_then_marked_failed_and_the_others_go_on(Db db)
    {
        PonteFactory.RequireAvailable(db);
        await using var site = new JobsNode(db);
        await site.InitializeAsync();
        var runner = site.Services.GetRequiredService<JobRunner>();
        var prefix = Prefix();
        var organisation = await site.WithDbAsync(d => d.Organisations.Select(o => o.Id).FirstAsync());
        RecordingJob.Broken[prefix + "bad"] = true;
        RecordingJob.Due[prefix + "bad"] = organisation;
        RecordingJob.Due[prefix + "good-1"] = organisation;
        RecordingJob.Due[prefix + "good-2"] = null;

        await runner.RunDueAsync();
        var items = (await ItemsAsync(site, prefix)).ToDictionary(i => i.Key[prefix.Length..]);
        Assert.Equal(JobItemState.Done, items["good-1"].State);
        Assert.Equal(JobItemState.Done, items["good-2"].State);
        Assert.Equal(JobItemState.Pending, items["bad"].State);
        Assert.Equal(1, items["bad"].Attempts);
        Assert.Equal("Broken", items["bad"].LastError);
        Assert.Equal(site.Clock.GetUtcNow() + JobRunner.Backoff(1), items["bad"].NextAttemptAt);

        // Nothing is tried again before its time.
        await runner.RunDueAsync();
        Assert.Equal(1, (await ItemsAsync(site, prefix)).Single(i => i.Key == prefix + "bad").Attempts);

        for (var attempt = 1; attempt < JobRunner.MaxAttempts; attempt++)
        {
            site.Clock.Advance(JobRunner.Backoff(attempt));
            await runner.RunDueAsync();
            Assert.Equal(attempt + 1, (await ItemsAsync(site, prefix)).Single(i => i.Key == prefix + "bad").Attempts);
        }

        var bad = (await ItemsAsync(site, prefix)).Single(i => i.Key == prefix + "bad");
        Assert.Equal(JobItemState.Failed, bad.State);
        Assert.Equal(organisation, bad.OrganisationId);
        Assert.Contains(prefix + "bad", RecordingJob.GaveUp);
        site.Clock.Advance(TimeSpan.FromDays(1));
        await runner.RunDueAsync();
        Assert.Equal(JobRunner.MaxAttempts, (await ItemsAsync(site, prefix)).Single(i => i.Key == prefix + "bad").Attempts);
        Assert.Single(RecordingJob.Handled, h => h.Key == prefix + "good-1");
    }

    [Theory]
    [InlineData(Db.Sqlite)]
    [InlineData(Db.Postgres)]
    public async Task Links_in_written_messages_are_masked_once_they_have_expired(Db db)
    {
        PonteFactory.RequireAvailable(db);
        await using var site = new JobsNode(db);
        await site.InitializeAsync();
        var runner = site.Services.GetRequiredService<JobRunner>();
        var to = $"link.{Guid.NewGuid():N}@example.org";
        const string token = "CfDJ8Expiring%2BToken";
        await site.WithDbAsync<int>(async d =>
        {
            await site.Services.GetRequiredService<IMailer>().QueueAsync(d, null, to, "Olá", $"Abra http://localhost/Account/AcceptInvitation?user=1&token={token} — até já.");
            return await d.SaveChangesAsync();
        });
        await runner.RunDueAsync();
        var file = Path.Combine(site.DataDirectory, "outbox", (await site.WithDbAsync(d => d.Outbox.SingleAsync(m => m.To == to))).FileName!);
        Assert.Contains(token, (await MimeKit.MimeMessage.LoadAsync(file)).TextBody, StringComparison.Ordinal);

        // Six days on, the daily purge leaves it; eight days on, the link has expired and is masked.
        site.Clock.Advance(TimeSpan.FromDays(6));
        await runner.RunDueAsync();
        Assert.Contains(token, (await MimeKit.MimeMessage.LoadAsync(file)).TextBody, StringComparison.Ordinal);
        site.Clock.Advance(TimeSpan.FromDays(2));
        await runner.RunDueAsync();
        var text = (await MimeKit.MimeMessage.LoadAsync(file)).TextBody;
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.Contains("token=" + SecretLinks.Mask, text, StringComparison.Ordinal);
        Assert.Contains("até já", text, StringComparison.Ordinal);
    }
}

/// <summary>Failed work is listed for the managers of the organisation it belongs to, and for no one else.</summary>
public abstract class FailedWorkPageTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task A_manager_sees_her_organisations_failed_work_and_nobody_elses()
    {
        var (pt, fi) = await Factory.WithDbAsync(async db =>
        {
            var ids = await db.Users.IgnoreQueryFilters().Where(u => u.Email == Demo.ManagerPt || u.Email == Demo.ManagerFi)
                .Select(u => new { u.Email, u.OrganisationId }).ToListAsync();
            return (ids.Single(i => i.Email == Demo.ManagerPt).OrganisationId, ids.Single(i => i.Email == Demo.ManagerFi).OrganisationId);
        });
        var marker = Guid.NewGuid().ToString("N")[..8];
        await Factory.WithDbAsync(db =>
        {
            foreach (var (org, name) in new[] { (pt, "lisboa"), (fi, "helsinki") })
            {
                db.JobItems.Add(new JobItem
                {
                    Job = "outbox", Key = marker + name, OrganisationId = org, Description = $"{name}-{marker}@example.org · Welcome",
                    State = JobItemState.Failed, Attempts = JobRunner.MaxAttempts, LastError = "SmtpRefused:550",
                    CreatedAt = Factory.Clock.GetUtcNow(), CompletedAt = Factory.Clock.GetUtcNow(), NextAttemptAt = Factory.Clock.GetUtcNow(),
                });
            }

            return db.SaveChangesAsync();
        });

        var page = await (await As(Demo.ManagerPt)).Http.GetStringAsync("/Work");
        Assert.Contains($"lisboa-{marker}@example.org", page, StringComparison.Ordinal);
        Assert.Contains("SmtpRefused:550", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"helsinki-{marker}", page, StringComparison.Ordinal);

        Assert.Contains($"helsinki-{marker}", await (await As(Demo.ManagerFi)).Http.GetStringAsync("/Work"), StringComparison.Ordinal);
        var coordinator = await (await As(Demo.Coordinator)).Http.GetStringAsync("/Work");
        Assert.DoesNotContain(marker, coordinator, StringComparison.Ordinal);
        var trainer = await (await As(Demo.TrainerPt)).Http.GetAsync("/Work");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, trainer.StatusCode);
        Assert.DoesNotContain(marker, await trainer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public abstract class FailedWorkRetryTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task A_manager_tries_her_organisations_failed_message_again_and_it_goes_out_but_not_another_organisations()
    {
        var organisation = await Factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == Demo.ManagerPt).Select(u => u.OrganisationId).SingleAsync());
        var to = $"retry.{Guid.NewGuid():N}@example.org";
        var (message, item) = await Factory.WithDbAsync(async db =>
        {
            await Factory.Services.GetRequiredService<IMailer>().QueueAsync(db, organisation, to, "Olá", "Uma mensagem que falhou.");
            await db.SaveChangesAsync();
            var m = await db.Outbox.SingleAsync(x => x.To == to);
            m.FailedAt = Factory.Clock.GetUtcNow();
            var i = new JobItem
            {
                Job = "outbox", Key = m.Id.ToString("N"), OrganisationId = organisation, Description = to,
                State = JobItemState.Failed, Attempts = JobRunner.MaxAttempts, LastError = "SmtpRefused:550",
                CreatedAt = Factory.Clock.GetUtcNow(), CompletedAt = Factory.Clock.GetUtcNow(), NextAttemptAt = Factory.Clock.GetUtcNow(),
            };
            db.JobItems.Add(i);
            await db.SaveChangesAsync();
            return (m.Id, i.Id);
        });

        // Another organisation's manager cannot touch it, even with a valid form of her own page.
        var fi = await As(Demo.ManagerFi);
        var token = (await fi.GetPageAsync("/Work")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var foreign = await fi.Http.PostAsync($"/Work?handler=Retry&id={item}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token ?? string.Empty }));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(JobItemState.Failed, (await Factory.WithDbAsync(db => db.JobItems.AsNoTracking().SingleAsync(i => i.Id == item))).State);

        var pt = await As(Demo.ManagerPt);
        var (retried, _) = await pt.SubmitAsync("/Work", new Dictionary<string, string?>(), $"form[action*='{item}']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, retried.StatusCode);
        var pending = await Factory.WithDbAsync(db => db.JobItems.AsNoTracking().SingleAsync(i => i.Id == item));
        Assert.Equal(JobItemState.Pending, pending.State);
        Assert.Equal(0, pending.Attempts);

        await Factory.Services.GetRequiredService<JobRunner>().RunDueAsync();
        Assert.Equal(JobItemState.Done, (await Factory.WithDbAsync(db => db.JobItems.AsNoTracking().SingleAsync(i => i.Id == item))).State);
        var sent = await Factory.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == message));
        Assert.NotNull(sent.FileName);
        Assert.Null(sent.FailedAt);
        Assert.DoesNotContain(to, await pt.Http.GetStringAsync("/Work"), StringComparison.Ordinal);
    }
}

public sealed class SqliteFailedWorkRetryTests(SqliteFactory f) : FailedWorkRetryTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresFailedWorkRetryTests(PostgresFactory f) : FailedWorkRetryTests(f), IClassFixture<PostgresFactory>;

public sealed class SqliteFailedWorkPageTests(SqliteFactory f) : FailedWorkPageTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresFailedWorkPageTests(PostgresFactory f) : FailedWorkPageTests(f), IClassFixture<PostgresFactory>;
