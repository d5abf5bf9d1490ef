using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Matching;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Organisations;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Domain.Safeguarding;
using Ponte.Domain.Screening;
using Ponte.Domain.Training;
using System.Linq.Expressions;
using Ponte.Data.Jobs;
using Ponte.Data.Outbox;
using Ponte.Data.Outcomes;
using Ponte.Domain.Outcomes;

namespace Ponte.Data;

/// <summary>
/// The one model. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgresAppDbContext"/>) exist only so each provider keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, Acting acting)
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

    public DbSet<MentoringProcess> MentoringProcesses => Set<MentoringProcess>();

    public DbSet<AgreementTemplate> AgreementTemplates => Set<AgreementTemplate>();

    public DbSet<SupportPlan> SupportPlans => Set<SupportPlan>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<IndividualEvaluation> IndividualEvaluations => Set<IndividualEvaluation>();

    public DbSet<JointEvaluation> JointEvaluations => Set<JointEvaluation>();

    public DbSet<Renewal> Renewals => Set<Renewal>();

    public DbSet<ProgrammeEvent> ProgrammeEvents => Set<ProgrammeEvent>();

    public DbSet<NetworkEvent> NetworkEvents => Set<NetworkEvent>();

    public DbSet<NetworkEventRegistration> NetworkEventRegistrations => Set<NetworkEventRegistration>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<JobSchedule> JobSchedules => Set<JobSchedule>();

    public DbSet<JobItem> JobItems => Set<JobItem>();

    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();

    public DbSet<SiteSecret> SiteSecrets => Set<SiteSecret>();

    /// <summary>Who acts in this unit of work: read by the organisation filters on every query and stamped on every save.</summary>
    public Acting Acting => acting;

    internal Guid? ActingOrganisationId => acting.OrganisationId;

    internal bool ActingForNetwork => acting.IsNetwork;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Tenancy, part one: an organisation's data is invisible outside it. Every entity with an
        // OrganisationId gets the filter here, by convention, so none can be forgotten.
        // Part two is the explicit check in every command that takes an id.
        foreach (var type in builder.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.BaseType is null).ToList())
        {
            if (type.ClrType.GetProperty(OrganisationIdProperty) is { } property
                && (property.PropertyType == typeof(Guid) || property.PropertyType == typeof(Guid?)))
                builder.Entity(type.ClrType).HasQueryFilter(OrganisationFilter(type.ClrType, property.PropertyType));
        }
    }

    /// <summary>The property by which an entity belongs to an organisation.</summary>
    public const string OrganisationIdProperty = "OrganisationId";

    /// <summary><c>e => ActingForNetwork || e.OrganisationId == ActingOrganisationId</c> for one entity type.</summary>
    private LambdaExpression OrganisationFilter(Type entity, Type idType)
    {
        var e = Expression.Parameter(entity, "e");
        var self = Expression.Constant(this);
        Expression id = Expression.Property(e, OrganisationIdProperty);
        if (idType == typeof(Guid))
            id = Expression.Convert(id, typeof(Guid?));
        var body = Expression.OrElse(
            Expression.Property(self, nameof(ActingForNetwork)),
            Expression.Equal(id, Expression.Property(self, nameof(ActingOrganisationId))));
        return Expression.Lambda(body, e);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, Acting acting)
    : AppDbContext(options, acting)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; store UTC ticks instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, Acting acting)
    : AppDbContext(options, acting)
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
