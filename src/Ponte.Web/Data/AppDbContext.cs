using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Organisations;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Ponte.Domain.Training;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Data;

/// <summary>
/// The one model. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgresAppDbContext"/>) exist only so each provider keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, ITenant tenant)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The site's Data Protection keys, shared by every node on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<MentoringRelationship> Relationships => Set<MentoringRelationship>();

    public DbSet<MatchingRun> MatchingRuns => Set<MatchingRun>();

    public DbSet<MatchExclusion> MatchExclusions => Set<MatchExclusion>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <summary>The caller's organisation; read by the global query filters on every query.</summary>
    internal Guid? TenantOrganisationId => tenant.OrganisationId;

    internal bool TenantIsSystem => tenant.IsSystem;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        builder.Entity<ApplicationUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
            u.Property(x => x.PreferredCulture).HasMaxLength(10);
            u.HasIndex(x => x.OrganisationId);
            u.Ignore(x => x.IsDeactivated);
            u.Property(x => x.DeactivatedAt);
            u.Property(x => x.DeactivatedBy);
        });

        // Tenancy, part one: an organisation's data is invisible outside it.
        // Part two is the explicit check in every command that takes an id.
        HasOrganisationFilter<Programme>(builder);
        HasOrganisationFilter<Application>(builder);
        HasOrganisationFilter<Participant>(builder);
        HasOrganisationFilter<Assessment>(builder);
        HasOrganisationFilter<TrainingSession>(builder);
        HasOrganisationFilter<MentoringRelationship>(builder);
        HasOrganisationFilter<MatchingRun>(builder);
        HasOrganisationFilter<MatchExclusion>(builder);
    }

    private void HasOrganisationFilter<T>(ModelBuilder builder)
        where T : class, IOrganisationOwned =>
        builder.Entity<T>().HasQueryFilter(e => TenantIsSystem || e.OrganisationId == TenantOrganisationId);
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ITenant tenant)
    : AppDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; store UTC ticks instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ITenant tenant)
    : AppDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // timestamptz accepts only UTC offsets; a time typed in a local zone is stored as its UTC instant.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();
}

internal sealed class DateTimeOffsetToUtcTicksConverter()
    : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));

internal sealed class DateTimeOffsetToUtcConverter()
    : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(),
        v => v);
