using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

/// <summary>How far a goal of the support plan was reached, as the pair rates it at the end.</summary>
public enum GoalAchievement
{
    Achieved = 0,
    Partly = 1,
    NotAchieved = 2,
}

/// <summary>
/// The final form a participant fills in about her own process once it is closed: the mentor's
/// (or co-mentor's) or a mentee's. Private to its author and the organisation's managers.
/// </summary>
public sealed class IndividualEvaluation : VersionedEntity, IOrganisationOwned
{
    public const int TextMax = 4000;

    private IndividualEvaluation()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid ProcessId { get; private set; }

    /// <summary>Her participant id: the form is hers.</summary>
    public Guid ParticipantId { get; private set; }

    public ProcessRole Role { get; private set; }

    /// <summary>How the mentoring went for her, in her words.</summary>
    public string Experience { get; private set; } = string.Empty;

    /// <summary>1 (not at all satisfied) to 5 (very satisfied).</summary>
    public int Satisfaction { get; private set; }

    /// <summary>What changed for the mentee (for a mentor: what she saw change for her mentee).</summary>
    public string? WhatChanged { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The actor's own form for a closed process she took part in.</summary>
    public static IndividualEvaluation Submit(MentoringProcess process, Actor actor, string? experience, int? satisfaction, string? whatChanged, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        var member = Author(process, actor);
        var form = new IndividualEvaluation
        {
            OrganisationId = process.OrganisationId,
            ProgrammeId = process.ProgrammeId,
            ProcessId = process.Id,
            ParticipantId = member.ParticipantId,
            Role = member.Role,
            SubmittedAt = now,
        };
        form.Apply(experience, satisfaction, whatChanged);
        return form;
    }

    /// <summary>Its author changes what she wrote.</summary>
    public void Revise(MentoringProcess process, Actor actor, string? experience, int? satisfaction, string? whatChanged, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.Id != ProcessId || Author(process, actor).ParticipantId != ParticipantId)
            throw new DomainException("NotYourForm", "Only its author changes a final form.");
        Apply(experience, satisfaction, whatChanged);
    }

    internal static ProcessMember Author(MentoringProcess process, Actor actor)
    {
        if (!process.IsClosed)
            throw new DomainException("ProcessNotClosed", "The final forms open when the process is closed.");
        var userId = PlanEditor.RequireAccount(actor);
        return process.Members.FirstOrDefault(m => m.UserId == userId)
            ?? throw new DomainException("NotAParticipant", "Only the people of this process fill in its final forms.");
    }

    private void Apply(string? experience, int? satisfaction, string? whatChanged)
    {
        var checks = new FieldChecks();
        var experienceText = checks.Run(() => Guard.Required(experience, nameof(Experience), TextMax));
        var score = checks.Run(() => Guard.Range(satisfaction ?? throw new DomainValidationException(nameof(Satisfaction), "Required", "Choose how satisfied you are, from 1 to 5."), nameof(Satisfaction), 1, 5));
        var changed = checks.Run(() => Guard.Optional(whatChanged, nameof(WhatChanged), TextMax));
        checks.ThrowIfAny();
        (Experience, Satisfaction, WhatChanged) = (experienceText, score, changed);
    }
}

/// <summary>One goal's rating as typed.</summary>
public sealed record GoalRatingInput(Guid GoalId, GoalAchievement? Achievement, string? Evidence);

/// <summary>A goal of the plan as the joint form rated it, with the goal's words as they were.</summary>
public sealed class GoalRating
{
    public const int EvidenceMax = 1000;

    private GoalRating()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid GoalId { get; private set; }

    /// <summary>The goal's place in the plan.</summary>
    public int Position { get; private set; }

    public string Goal { get; private set; } = string.Empty;

    public GoalAchievement Achievement { get; private set; }

    public string? Evidence { get; private set; }

    internal static GoalRating Of(PlanGoal goal, GoalAchievement achievement, string? evidence) =>
        new() { GoalId = goal.Id, Position = goal.Position, Goal = goal.What, Achievement = achievement, Evidence = evidence };
}

/// <summary>
/// The form a mentee and her mentor fill in together at the end: each goal of her support plan
/// achieved, partly or not achieved, with the evidence. Both sides (and the managers) read it;
/// another mentee of a group does not.
/// </summary>
public sealed class JointEvaluation : VersionedEntity, IOrganisationOwned
{
    public const int SummaryMax = 4000;

    private readonly List<GoalRating> _ratings = [];

    private JointEvaluation()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid ProcessId { get; private set; }

    public Guid MenteeId { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>In the plan's order of its goals.</summary>
    public IReadOnlyList<GoalRating> Ratings => _ratings.OrderBy(r => r.Position).ToList();

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The last participant who saved it.</summary>
    public Guid UpdatedByParticipantId { get; private set; }

    /// <summary>
    /// The joint form of <paramref name="menteeId"/>'s plan (null when she never started one: no
    /// goals to rate), saved by the mentee herself or a mentor of the closed process.
    /// </summary>
    public static JointEvaluation Submit(MentoringProcess process, Guid menteeId, SupportPlan? plan, IReadOnlyCollection<GoalRatingInput> ratings, string? summary, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (!process.MenteeIds.Contains(menteeId))
            throw new DomainException("NotAMentee", "A joint form is about one of the process's mentees.");
        var form = new JointEvaluation
        {
            OrganisationId = process.OrganisationId,
            ProgrammeId = process.ProgrammeId,
            ProcessId = process.Id,
            MenteeId = menteeId,
            SubmittedAt = now,
        };
        form.Revise(process, plan, ratings, summary, actor, now);
        return form;
    }

    /// <summary>Saves it again: every goal of the plan rated once.</summary>
    public void Revise(MentoringProcess process, SupportPlan? plan, IReadOnlyCollection<GoalRatingInput> ratings, string? summary, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(ratings);
        var author = IndividualEvaluation.Author(process, actor);
        if (process.Id != ProcessId || (author.Role == ProcessRole.Mentee && author.ParticipantId != MenteeId))
            throw new DomainException("NotYourForm", "A mentee fills in only her own joint form.");
        if (plan is not null && (plan.ProcessId != ProcessId || plan.MenteeId != MenteeId))
            throw new DomainException("ProcessMismatch", "This support plan belongs to another mentoring process.");

        var goals = plan?.Goals ?? [];
        if (ratings.Any(r => goals.All(g => g.Id != r.GoalId)))
            throw new DomainValidationException("Ratings", "UnknownGoal", "Rate the goals of this plan.");
        var rated = new List<GoalRating>();
        foreach (var goal in goals)
        {
            var input = ratings.Where(r => r.GoalId == goal.Id).ToList();
            if (input.Count != 1 || input[0].Achievement is not { } achievement)
                throw new DomainValidationException("Ratings", "GoalNotRated", "Rate every goal of the plan.", goal.What);
            rated.Add(GoalRating.Of(goal, Guard.Defined(achievement, "Achievement"), Guard.Optional(input[0].Evidence, "Evidence", GoalRating.EvidenceMax)));
        }

        Summary = Guard.Optional(summary, nameof(Summary), SummaryMax);
        _ratings.Clear();
        _ratings.AddRange(rated);
        UpdatedByParticipantId = author.ParticipantId;
    }
}
