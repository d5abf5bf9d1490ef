using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Data;
using Ponte.Data.Outbox;
using Ponte.Web.Tests.Infrastructure;
using Xunit;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// Tenancy by convention: every entity with an organisation id is filtered to the acting
/// organisation, with no list of entities to keep up to date. A new entity with an
/// OrganisationId and no filter fails here.
/// </summary>
public abstract class TenancyConventionTests(PonteFactory factory) : IntegrationTest(factory)
{
    private static IEnumerable<IEntityType> Owned(AppDbContext db) =>
        db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.FindProperty(AppDbContext.OrganisationIdProperty) is not null);

    [Fact]
    public async Task Every_entity_with_an_organisation_id_has_the_organisation_filter()
    {
        var unfiltered = await Factory.WithDbAsync(db => Task.FromResult(
            Owned(db).Where(t => t.GetDeclaredQueryFilters().Count == 0).Select(t => t.ClrType.Name).ToList()));
        var owned = await Factory.WithDbAsync(db => Task.FromResult(Owned(db).Select(t => t.ClrType).ToList()));

        Assert.Empty(unfiltered);
        Assert.Contains(typeof(OutboxMessage), owned);
        Assert.Contains(typeof(ApplicationUser), owned);
        Assert.Contains(typeof(Ponte.Domain.Applications.Application), owned);
        Assert.Contains(typeof(Ponte.Domain.Mentoring.MentoringProcess), owned);
        Assert.Contains(typeof(Ponte.Domain.Mentoring.AgreementTemplate), owned);
    }

    [Fact]
    public async Task Acting_for_one_organisation_shows_no_row_of_another_in_any_owned_entity()
    {
        var organisations = await Factory.WithDbAsync(db => db.Organisations.Select(o => o.Id).ToListAsync());
        Assert.True(organisations.Count >= 2, "the demo network has several organisations");
        var mine = organisations[0];
        var seenElsewhere = 0;

        foreach (var type in await Factory.WithDbAsync(db => Task.FromResult(Owned(db).Select(t => t.ClrType).ToList())))
        {
            var everyone = await OrganisationIdsAsync(type, acting => acting.ForNetwork());
            var visible = await OrganisationIdsAsync(type, acting => acting.ForOrganisation(mine));
            Assert.All(visible, id => Assert.Equal(mine, id));
            Assert.Equal(everyone.Count(id => id == mine), visible.Count);
            seenElsewhere += everyone.Count(id => id != mine);
        }

        Assert.True(seenElsewhere > 0, "other organisations' rows exist and were hidden");
    }

    [Fact]
    public async Task Nobody_acting_sees_no_organisation_owned_row()
    {
        var applications = await Factory.WithDbAsync(db => db.Applications.CountAsync());
        Assert.True(applications > 0);

        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(ActingAs.Nobody, db.Acting.Kind);
        Assert.Equal(0, await db.Applications.CountAsync());
        Assert.Equal(0, await db.Participants.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync(m => m.OrganisationId != null));
    }

    [Fact]
    public void Scopes_end_in_order_and_restore_who_acts()
    {
        var acting = new Acting(NoAmbientUser.Instance);
        var org = Guid.NewGuid();
        using (acting.ForOrganisation(org))
        {
            Assert.Equal(ActingAs.Organisation, acting.Kind);
            Assert.Equal(org, acting.OrganisationId);
            using (acting.ForNetwork())
            {
                Assert.True(acting.IsNetwork);
                Assert.Null(acting.OrganisationId);
            }

            Assert.Equal(org, acting.OrganisationId);
        }

        Assert.Equal(ActingAs.Nobody, acting.Kind);
        Assert.Throws<ArgumentException>(() => acting.ForOrganisation(Guid.Empty));
    }

    private async Task<List<Guid?>> OrganisationIdsAsync(Type entity, Func<Acting, IDisposable> act)
    {
        using var scope = Factory.Services.CreateScope();
        using var acting = act(scope.ServiceProvider.GetRequiredService<Acting>());
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var set = (IQueryable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity).Invoke(db, null)!;
        var property = entity.GetProperty(AppDbContext.OrganisationIdProperty)!;
        var ids = new List<Guid?>();
        foreach (var row in await set.Cast<object>().AsNoTracking().ToListAsync())
            ids.Add((Guid?)property.GetValue(row));
        return ids;
    }
}

public sealed class SqliteTenancyConventionTests(SqliteFactory f) : TenancyConventionTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresTenancyConventionTests(PostgresFactory f) : TenancyConventionTests(f), IClassFixture<PostgresFactory>;
