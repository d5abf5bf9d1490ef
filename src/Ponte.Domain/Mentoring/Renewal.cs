using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

/// <summary>Who a renewed process continues with.</summary>
public enum RenewalMentor
{
    /// <summary>A new process with the same mentor starts at once.</summary>
    SameMentor = 0,

    /// <summary>The mentee goes back to the match board; the goals wait for her next process.</summary>
    MatchBoard = 1,
}

/// <summary>A goal carried from the old plan, with its words as they were.</summary>
public sealed class CarriedGoal
{
    private CarriedGoal()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid FromGoalId { get; private set; }

    /// <summary>Its place in the old plan.</summary>
    public int Position { get; private set; }

    public GoalArea Area { get; private set; }

    public string? FreeAreaName { get; private set; }

    public string What { get; private set; } = string.Empty;

    public string Measure { get; private set; } = string.Empty;

    /// <summary>Where it stood: in progress stays in progress in the new plan, the others start again.</summary>
    public GoalStatus Status { get; private set; }

    internal static CarriedGoal Of(PlanGoal goal) => new()
    {
        FromGoalId = goal.Id,
        Position = goal.Position,
        Area = goal.Area,
        FreeAreaName = goal.FreeAreaName,
        What = goal.What,
        Measure = goal.Measure,
        Status = goal.Status,
    };
}

/// <summary>
/// Unmet goals of a mentee's closed process carried into her next one: with the same mentor at
/// once, or into whichever process her next match starts. Links the two processes both ways.
/// </summary>
public sealed class Renewal : VersionedEntity, IOrganisationOwned
{
    private readonly List<CarriedGoal> _goals = [];

    private Renewal()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid FromProcessId { get; private set; }

    public Guid MenteeId { get; private set; }

    public RenewalMentor Mentor { get; private set; }

    /// <summary>The process the goals went into; null while she waits for a match.</summary>
    public Guid? ToProcessId { get; private set; }

    public DateTimeOffset RenewedAt { get; private set; }

    public DateTimeOffset? CarriedAt { get; private set; }

    /// <summary>In the old plan's order.</summary>
    public IReadOnlyList<CarriedGoal> Goals => _goals.OrderBy(g => g.Position).ToList();

    /// <summary>Whether the goals still wait for her next process.</summary>
    public bool IsPending => ToProcessId is null;

    /// <summary>
    /// Chooses the goals to carry from the mentee's plan of a closed process: only unmet ones (not
    /// started, in progress or dropped), at least one. One renewal per mentee and process.
    /// </summary>
    public static Renewal Of(MentoringProcess from, SupportPlan plan, IReadOnlyCollection<Guid> goalIds, RenewalMentor mentor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(goalIds);
        if (!from.IsClosed)
            throw new DomainException("ProcessNotClosed", "Only a closed process can be renewed.");
        if (plan.ProcessId != from.Id)
            throw new DomainException("ProcessMismatch", "This support plan belongs to another mentoring process.");
        Guard.Defined(mentor, nameof(Mentor));
        if (goalIds.Count == 0)
            throw new DomainValidationException("GoalIds", "GoalsRequired", "Choose at least one goal to carry over.");
        var goals = plan.Goals.Where(g => goalIds.Contains(g.Id)).ToList();
        if (goals.Count != goalIds.Distinct().Count())
            throw new DomainValidationException("GoalIds", "UnknownGoal", "Choose goals of this plan.");
        if (goals.Exists(g => g.Status == GoalStatus.Achieved))
            throw new DomainValidationException("GoalIds", "GoalAchieved", "An achieved goal is not carried over.");

        var renewal = new Renewal
        {
            OrganisationId = from.OrganisationId,
            ProgrammeId = from.ProgrammeId,
            FromProcessId = from.Id,
            MenteeId = plan.MenteeId,
            Mentor = mentor,
            RenewedAt = now,
        };
        renewal._goals.AddRange(goals.Select(CarriedGoal.Of));
        return renewal;
    }

    /// <summary>Her new process's plan with the carried goals; the renewal is then done.</summary>
    public SupportPlan CarryInto(MentoringProcess to, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (!IsPending)
            throw new DomainException("RenewalDone", "These goals have been carried over already.");
        if (to.Id == FromProcessId || to.OrganisationId != OrganisationId || !to.MenteeIds.Contains(MenteeId))
            throw new DomainException("RenewalMismatch", "The goals go into a new process of the same mentee.");
        var plan = SupportPlan.Carried(to, MenteeId, this, actor, now);
        ToProcessId = to.Id;
        CarriedAt = now;
        return plan;
    }
}
