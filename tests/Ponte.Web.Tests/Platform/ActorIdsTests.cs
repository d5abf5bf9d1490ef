using Microsoft.EntityFrameworkCore;
using Ponte.Web.Tests.Applications;
using Ponte.Web.Tests.Infrastructure;
using Xunit;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// Records keep who acted as an account id, never a copy of her name: a name lives in one place
/// (her account), so changing or erasing it there changes it everywhere it is shown.
/// </summary>
public abstract class ActorIdsTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task No_entity_stores_a_copy_of_who_acted_as_text()
    {
        var copies = await Factory.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.ClrType == typeof(string)
                && (x.Property.Name.EndsWith("By", StringComparison.Ordinal) || x.Property.Name == "ActorName")
                // A job lease names the process holding it, not a person.
                && x.Property.Name != "LeasedBy")
            .Select(x => $"{x.Type.ClrType.Name}.{x.Property.Name}")
            .ToList()));

        Assert.Empty(copies);
    }

    [Fact]
    public async Task Every_account_the_demo_network_recorded_as_acting_exists()
    {
        var (recorded, accounts) = await Factory.WithDbAsync(async db =>
        {
            var ids = new List<Guid?>();
            ids.AddRange((await db.Applications.IgnoreQueryFilters().AsNoTracking().ToListAsync()).SelectMany(a => a.History).Select(h => h.ActorUserId));
            ids.AddRange((await db.Participants.IgnoreQueryFilters().AsNoTracking().ToListAsync()).SelectMany(p => p.Timeline).Select(h => h.ActorUserId));
            ids.AddRange(await db.Participants.IgnoreQueryFilters().Select(p => p.SafetyCheckedById).ToListAsync());
            ids.AddRange(await db.Participants.IgnoreQueryFilters().Select(p => p.CreatedById).ToListAsync());
            ids.AddRange(await db.Assessments.IgnoreQueryFilters().Select(a => a.AssessedById).ToListAsync());
            ids.AddRange(await db.Programmes.IgnoreQueryFilters().Select(p => p.CreatedById).ToListAsync());
            var users = await db.Users.IgnoreQueryFilters().Select(u => u.Id).ToListAsync();
            return (ids.OfType<Guid>().Distinct().ToList(), users.ToHashSet());
        });

        Assert.True(recorded.Count >= 6, "the demo's managers, trainers and self-assessing mentees act on its records");
        Assert.All(recorded, id => Assert.Contains(id, accounts));
    }

    [Fact]
    public async Task A_step_records_the_accounts_id_and_the_timeline_shows_her_current_name()
    {
        var id = await Factory.NewApplicationAsync(name: "Amina Yusuf");
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var managerId = await Factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == Demo.ManagerPt).Select(u => u.Id).SingleAsync());
        var detail = await (await manager.Http.GetAsync($"/api/applications/{id}")).JsonAsync();
        await (await manager.PostJsonAsync($"/api/applications/{id}/interview",
            new { at = Factory.Clock.GetUtcNow().AddDays(3), location = "Office", version = detail.GetProperty("version").GetGuid() })).JsonAsync();

        var application = await Factory.ApplicationAsync(id);
        Assert.Equal(managerId, application.UpdatedById);
        var scheduled = application.History.Single(h => h.Event == "InterviewScheduled");
        Assert.Equal(managerId, scheduled.ActorUserId);
        Assert.Equal(Ponte.Domain.Common.ActorKind.Subject, application.History.Single(h => h.Event == "Applied").ActorKind);

        // She changes her name on her account: every line she wrote reads the new one.
        await Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == managerId);
            user.DisplayName = "Marta Sousa-Lima";
            return await db.SaveChangesAsync();
        });
        var history = (await (await manager.Http.GetAsync($"/api/applications/{id}")).JsonAsync()).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal("Marta Sousa-Lima", history.Single(h => h.GetProperty("event").GetString() == "InterviewScheduled").GetProperty("actor").GetString());
        Assert.Equal("Amina Yusuf", history.Single(h => h.GetProperty("event").GetString() == "Applied").GetProperty("actor").GetString());
        var page = await manager.GetPageAsync($"/Applications/{id}");
        Assert.Contains("Marta Sousa-Lima", page.QuerySelector(".timeline")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class SqliteActorIdsTests(SqliteFactory f) : ActorIdsTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresActorIdsTests(PostgresFactory f) : ActorIdsTests(f), IClassFixture<PostgresFactory>;
