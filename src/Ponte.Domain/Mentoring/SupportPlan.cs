using System.Globalization;
using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

/// <summary>The keys of the lines a support plan writes on its history and on its goals' histories.</summary>
public static class SupportPlanEvents
{
    public const string Started = "SupportPlanStarted";
    public const string GoalAdded = "GoalAdded";
    public const string GoalEdited = "GoalEdited";
    public const string GoalStatusChanged = "GoalStatusChanged";
    public const string ActionAdded = "ActionAdded";
    public const string ActionEdited = "ActionEdited";
    public const string ActionDone = "ActionDone";
    public const string ActionReopened = "ActionReopened";
    public const string ActionRemoved = "ActionRemoved";
    public const string JobApplicationAdded = "JobApplicationAdded";
    public const string JobApplicationEdited = "JobApplicationEdited";
    public const string JobStepRecorded = "JobStepRecorded";
    public const string StudyApplicationAdded = "StudyApplicationAdded";
    public const string StudyApplicationEdited = "StudyApplicationEdited";
    public const string StudyStepRecorded = "StudyStepRecorded";
    public const string ReviewRecorded = "ReviewRecorded";
    public const string NextReviewSet = "NextReviewSet";
    public const string GoalCarriedOver = "GoalCarriedOver";
}

/// <summary>
/// Someone editing a support plan, read from the mentoring process as it is now: a signed-in
/// participant of it (the mentee, the mentor or the co-mentor), her place in it, and the
/// process's status. Only <see cref="Of"/> makes one, so no edit is recorded without an author.
/// </summary>
public sealed class PlanEditor
{
    private PlanEditor(Actor actor, Guid processId, ProcessStatus processStatus, Guid participantId, ProcessRole role)
    {
        Actor = actor;
        ProcessId = processId;
        ProcessStatus = processStatus;
        ParticipantId = participantId;
        Role = role;
    }

    public Actor Actor { get; }

    public Guid UserId => Actor.UserId!.Value;

    public Guid ProcessId { get; }

    public ProcessStatus ProcessStatus { get; }

    public Guid ParticipantId { get; }

    public ProcessRole Role { get; }

    /// <summary>The actor as an editor of <paramref name="process"/>'s plans: she must be signed in and one of its participants.</summary>
    public static PlanEditor Of(MentoringProcess process, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(process);
        var userId = RequireAccount(actor);
        var member = process.Members.FirstOrDefault(m => m.UserId == userId)
            ?? throw new DomainException("NotAParticipant", "Only the mentee and the mentors of this process edit its support plans.");
        return new PlanEditor(actor, process.Id, process.Status, member.ParticipantId, member.Role);
    }

    internal static Guid RequireAccount(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind != ActorKind.User || actor.UserId is not { } userId)
            throw new DomainException("AccountRequired", "Only a signed-in person can change a support plan.");
        return userId;
    }
}

/// <summary>
/// A mentee's individual support plan in one mentoring process: goals with actions in the
/// blueprint's areas, steps to employment and to study, and reviews. Its own root, so that edits
/// to it conflict only with each other. The mentee and the mentors edit it while the process is
/// agreed or active (see <see cref="PlanEditor"/>); the organisation reads it. A group process
/// has one plan per mentee, and a mentee edits only her own.
/// </summary>
public sealed class SupportPlan : VersionedEntity, IOrganisationOwned
{
    public const int MaxGoals = 30;
    public const int MaxApplications = 100;

    /// <summary>The longest detail a line of the plan's or a goal's history can have (a goal edit changing every field).</summary>
    public const int HistoryDetailMax = 2400;

    private readonly List<PlanGoal> _goals = [];
    private readonly List<JobApplication> _jobApplications = [];
    private readonly List<StudyApplication> _studyApplications = [];
    private readonly List<PlanReview> _reviews = [];
    private readonly List<StatusChange> _history = [];

    private SupportPlan()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid ProcessId { get; private set; }

    /// <summary>The mentee (participant) whose plan it is.</summary>
    public Guid MenteeId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateOnly? NextReviewOn { get; private set; }

    /// <summary>In the order they were added.</summary>
    public IReadOnlyList<PlanGoal> Goals => _goals.OrderBy(g => g.Position).ToList();

    /// <summary>In the order they were added.</summary>
    public IReadOnlyList<JobApplication> JobApplications => _jobApplications.OrderBy(a => a.Position).ToList();

    /// <summary>In the order they were added.</summary>
    public IReadOnlyList<StudyApplication> StudyApplications => _studyApplications.OrderBy(a => a.Position).ToList();

    /// <summary>By the day each was held, then in the order recorded.</summary>
    public IReadOnlyList<PlanReview> Reviews => _reviews.OrderBy(r => r.On).ThenBy(r => r.Position).ToList();

    /// <summary>The plan's own lines (start, applications, steps, reviews), oldest first; each goal keeps its own.</summary>
    public IReadOnlyList<StatusChange> History => _history.OrderBy(h => h.At).ThenBy(h => h.Id == 0 ? int.MaxValue : h.Id).ToList();

    /// <summary>The current interview step of every job application, by date.</summary>
    public IReadOnlyList<JobInterview> JobInterviews =>
        JobApplications
            .SelectMany(a => a.Steps.Where(s => s.Step == EmploymentStep.Interview).Select(s => new JobInterview(a.Id, a.Employer, a.Role, s.On, s.Outcome)))
            .OrderBy(i => i.On)
            .ToList();

    /// <summary>Every job application whose current decision is an offer, by date.</summary>
    public IReadOnlyList<JobOffer> JobOffers =>
        JobApplications
            .SelectMany(a => a.Steps.Where(s => s is { Step: EmploymentStep.DecisionAndOffer, Outcome: StepOutcome.Offer }).Select(s => new JobOffer(a.Id, a.Employer, a.Role, s.On)))
            .OrderBy(o => o.On)
            .ToList();

    /// <summary>Every study application whose current decision is an admission, by date.</summary>
    public IReadOnlyList<StudyAdmission> StudyAdmissions =>
        StudyApplications
            .SelectMany(a => a.Steps.Where(s => s is { Step: StudyStep.Decision, Outcome: StudyOutcome.Admitted }).Select(s => new StudyAdmission(a.Id, a.Institution, a.Course, s.On)))
            .OrderBy(o => o.On)
            .ToList();

    /// <summary>
    /// Starts the plan of the process's mentee: the actor's own when she is a mentee of it, else the
    /// only mentee's (a group process needs <see cref="For(MentoringProcess, Guid, Actor, DateTimeOffset)"/>).
    /// </summary>
    public static SupportPlan For(MentoringProcess process, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        var userId = PlanEditor.RequireAccount(actor);
        var own = process.Members.FirstOrDefault(m => m.UserId == userId && m.Role == ProcessRole.Mentee);
        var mentees = process.MenteeIds;
        if (own is null && mentees.Count != 1)
            throw new DomainException("MenteeRequired", "This process has several mentees: choose whose plan to start.");
        return For(process, own?.ParticipantId ?? mentees[0], actor, now);
    }

    /// <summary>
    /// Starts the plan of one mentee of an agreed or active process. A participant may start it
    /// (a mentee only her own); anyone else is taken as the organisation's manager, which the caller has checked.
    /// </summary>
    public static SupportPlan For(MentoringProcess process, Guid menteeId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        var userId = PlanEditor.RequireAccount(actor);
        RequireEditable(process.Status);
        if (!process.MenteeIds.Contains(menteeId))
            throw new DomainException("NotAMentee", "A support plan is a plan of one of the process's mentees.");
        if (process.Members.Any(m => m.UserId == userId && m.Role == ProcessRole.Mentee && m.ParticipantId != menteeId))
            throw NotYourPlan();

        return New(process, menteeId, actor, now, null);
    }

    /// <summary>
    /// The plan a renewal starts in the mentee's new process, whatever its state, with the goals
    /// carried from the old one (each goal's history names where it came from).
    /// </summary>
    internal static SupportPlan Carried(MentoringProcess process, Guid menteeId, Renewal renewal, Actor actor, DateTimeOffset now)
    {
        var plan = New(process, menteeId, actor, now, renewal.FromProcessId.ToString());
        foreach (var goal in renewal.Goals)
            plan._goals.Add(PlanGoal.Carry(goal, plan._goals.Count + 1, renewal.FromProcessId, actor, now));
        return plan;
    }

    private static SupportPlan New(MentoringProcess process, Guid menteeId, Actor actor, DateTimeOffset now, string? detail)
    {
        var plan = new SupportPlan
        {
            OrganisationId = process.OrganisationId,
            ProgrammeId = process.ProgrammeId,
            ProcessId = process.Id,
            MenteeId = menteeId,
            StartedAt = now,
        };
        plan._history.Add(StatusChange.Record(now, actor, SupportPlanEvents.Started, null, process.Status.ToString(), detail));
        return plan;
    }

    /// <summary>Whether a process in <paramref name="status"/> lets its plans be started and changed: agreed or active.</summary>
    public static bool IsEditable(ProcessStatus status) => status is ProcessStatus.Agreed or ProcessStatus.Active;

    /// <summary>Refuses a process that is paused (<c>ProcessPaused</c>) or neither agreed nor active (<c>ProcessState</c>).</summary>
    public static void RequireEditable(ProcessStatus status)
    {
        if (IsEditable(status))
            return;
        if (status == ProcessStatus.Paused)
            throw new DomainException("ProcessPaused", "The process is paused. Resume it first.");
        throw new DomainException("ProcessState", $"A support plan can be changed only while the process is agreed or active, not {status}.", status.ToString());
    }

    public PlanGoal AddGoal(GoalArea area, string? freeAreaName, string? what, string? measure, DateOnly? dueBy, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        if (_goals.Count >= MaxGoals)
            throw new DomainException("TooManyGoals", $"A support plan holds at most {MaxGoals} goals.", MaxGoals);
        var goal = PlanGoal.Add(GoalContent.Create(area, freeAreaName, what, measure, dueBy), _goals.Count + 1, editor.Actor, now);
        _goals.Add(goal);
        return goal;
    }

    /// <summary>Changes a goal's fields (not its status); returns false, writing nothing, when they are the same.</summary>
    public bool EditGoal(Guid goalId, GoalArea area, string? freeAreaName, string? what, string? measure, DateOnly? dueBy, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        return FindGoal(goalId).Edit(GoalContent.Create(area, freeAreaName, what, measure, dueBy), editor.Actor, now);
    }

    /// <summary>Moves a goal as <see cref="GoalStatus"/> allows, the note on its history line; false when it has that status already.</summary>
    public bool SetGoalStatus(Guid goalId, GoalStatus status, string? note, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        return FindGoal(goalId).SetStatus(status, note, editor.Actor, now);
    }

    public PlanAction AddAction(Guid goalId, string? what, ActionOwner who, DateOnly? dueOn, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        return FindGoal(goalId).AddAction(what, who, dueOn, editor.Actor, now);
    }

    /// <summary>Changes an action; false, writing nothing, when it is the same.</summary>
    public bool EditAction(Guid actionId, string? what, ActionOwner who, DateOnly? dueOn, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        var (goal, action) = FindAction(actionId);
        return goal.EditAction(action, what, who, dueOn, editor.Actor, now);
    }

    /// <summary>Marks an action done (now) or not done; false when it is so already.</summary>
    public bool MarkActionDone(Guid actionId, bool done, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        var (goal, action) = FindAction(actionId);
        return goal.MarkActionDone(action, done, editor.Actor, now);
    }

    /// <summary>Removes an action; its goal's history keeps a line naming what it was.</summary>
    public void RemoveAction(Guid actionId, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        var (goal, action) = FindAction(actionId);
        goal.RemoveAction(action, editor.Actor, now);
    }

    /// <summary>A job she applied for; the date may not be in the future.</summary>
    public JobApplication AddJobApplication(string? employer, string? role, DateOnly appliedOn, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        RequireRoomFor(_jobApplications.Count);
        var application = JobApplication.Add(_jobApplications.Count + 1, now);
        var detail = application.Apply(employer, role, appliedOn, now, added: true);
        _jobApplications.Add(application);
        Note(SupportPlanEvents.JobApplicationAdded, editor, now, $"{application.Id}: {detail}");
        return application;
    }

    /// <summary>Corrects a job application; a date after one of its steps is refused. False when nothing changed.</summary>
    public bool EditJobApplication(Guid applicationId, string? employer, string? role, DateOnly appliedOn, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        var application = FindJobApplication(applicationId);
        if (application.Apply(employer, role, appliedOn, now, added: false) is not { } detail)
            return false;
        Note(SupportPlanEvents.JobApplicationEdited, editor, now, $"{application.Id}: {detail}");
        return true;
    }

    /// <summary>
    /// Records how a step of a job application went, replacing the step's current record (which
    /// stays in the application's step history). False when the record would be the same.
    /// </summary>
    public bool RecordJobStep(Guid applicationId, EmploymentStep step, DateOnly on, StepOutcome outcome, string? note, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        var application = FindJobApplication(applicationId);
        if (application.Record(step, on, outcome, note, editor.UserId, now) is not { } recorded)
            return false;
        var (record, replaced) = recorded;
        _history.Add(StatusChange.Record(now, editor.Actor, SupportPlanEvents.JobStepRecorded, replaced?.ToString(), record.Outcome.ToString(), StepDetail(application.Id, step.ToString(), on)));
        return true;
    }

    /// <summary>A course she applied for; the date may not be in the future.</summary>
    public StudyApplication AddStudyApplication(string? institution, string? course, DateOnly appliedOn, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        RequireRoomFor(_studyApplications.Count);
        var application = StudyApplication.Add(_studyApplications.Count + 1, now);
        var detail = application.Apply(institution, course, appliedOn, now, added: true);
        _studyApplications.Add(application);
        Note(SupportPlanEvents.StudyApplicationAdded, editor, now, $"{application.Id}: {detail}");
        return application;
    }

    /// <summary>Corrects a study application; a date after one of its steps is refused. False when nothing changed.</summary>
    public bool EditStudyApplication(Guid applicationId, string? institution, string? course, DateOnly appliedOn, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        var application = FindStudyApplication(applicationId);
        if (application.Apply(institution, course, appliedOn, now, added: false) is not { } detail)
            return false;
        Note(SupportPlanEvents.StudyApplicationEdited, editor, now, $"{application.Id}: {detail}");
        return true;
    }

    /// <summary>As <see cref="RecordJobStep"/>, for a step to study.</summary>
    public bool RecordStudyStep(Guid applicationId, StudyStep step, DateOnly on, StudyOutcome outcome, string? note, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        var application = FindStudyApplication(applicationId);
        if (application.Record(step, on, outcome, note, editor.UserId, now) is not { } recorded)
            return false;
        var (record, replaced) = recorded;
        _history.Add(StatusChange.Record(now, editor.Actor, SupportPlanEvents.StudyStepRecorded, replaced?.ToString(), record.Outcome.ToString(), StepDetail(application.Id, step.ToString(), on)));
        return true;
    }

    /// <summary>
    /// Records a review held on <paramref name="on"/> (not in the future) and sets the next one,
    /// which may not be before today (null: none planned).
    /// </summary>
    public PlanReview RecordReview(DateOnly on, string? note, DateOnly? next, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        PlanDates.RequireNotFuture(on, nameof(PlanReview.On), now);
        var text = Guard.Optional(note, nameof(PlanReview.Note), PlanReview.NoteMax);
        PlanDates.RequireNotPast(next, nameof(NextReviewOn), now);

        var review = PlanReview.Create(_reviews.Count + 1, on, text, next, editor.UserId, now);
        _reviews.Add(review);
        var detail = $"On: {Changes.Show(on)}" + (Changes.Of((nameof(NextReviewOn), Changes.Show(NextReviewOn), Changes.Show(next))) is { } change ? $"; {change}" : string.Empty);
        NextReviewOn = next;
        Note(SupportPlanEvents.ReviewRecorded, editor, now, detail);
        return review;
    }

    /// <summary>Plans the next review without recording one (null: none planned); false when it is that date already.</summary>
    public bool SetNextReview(DateOnly? next, PlanEditor editor, DateTimeOffset now)
    {
        Check(editor);
        PlanDates.RequireNotPast(next, nameof(NextReviewOn), now);
        if (Changes.Of((nameof(NextReviewOn), Changes.Show(NextReviewOn), Changes.Show(next))) is not { } detail)
            return false;
        NextReviewOn = next;
        Note(SupportPlanEvents.NextReviewSet, editor, now, detail);
        return true;
    }

    private static DomainException NotYourPlan() => new("NotYourPlan", "A mentee sees and changes only her own support plan.");

    private static string StepDetail(Guid applicationId, string step, DateOnly on) => $"{applicationId}: {step} {Changes.Show(on)}";

    private static void RequireRoomFor(int count)
    {
        if (count >= MaxApplications)
            throw new DomainException("TooManyApplications", $"A support plan holds at most {MaxApplications} applications of each kind.", MaxApplications);
    }

    /// <summary>The editor must be of this plan's process, a mentee only on her own plan, and the process agreed or active.</summary>
    private void Check(PlanEditor editor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (editor.ProcessId != ProcessId)
            throw new DomainException("ProcessMismatch", "This support plan belongs to another mentoring process.");
        if (editor.Role == ProcessRole.Mentee && editor.ParticipantId != MenteeId)
            throw NotYourPlan();
        RequireEditable(editor.ProcessStatus);
    }

    private PlanGoal FindGoal(Guid goalId) =>
        _goals.Find(g => g.Id == goalId) ?? throw new DomainException("GoalNotFound", "This goal is not in the support plan.");

    private (PlanGoal Goal, PlanAction Action) FindAction(Guid actionId)
    {
        foreach (var goal in _goals)
        {
            if (goal.FindAction(actionId) is { } action)
                return (goal, action);
        }

        throw new DomainException("ActionNotFound", "This action is not in the support plan.");
    }

    private JobApplication FindJobApplication(Guid applicationId) =>
        _jobApplications.Find(a => a.Id == applicationId) ?? throw new DomainException("ApplicationNotFound", "This application is not in the support plan.");

    private StudyApplication FindStudyApplication(Guid applicationId) =>
        _studyApplications.Find(a => a.Id == applicationId) ?? throw new DomainException("ApplicationNotFound", "This application is not in the support plan.");

    private void Note(string @event, PlanEditor editor, DateTimeOffset now, string? detail) =>
        _history.Add(StatusChange.Record(now, editor.Actor, @event, editor.ProcessStatus.ToString(), editor.ProcessStatus.ToString(), detail));
}

/// <summary>A review of the plan held by the pair: when, what was said, and the date set for the next one.</summary>
public sealed class PlanReview
{
    public const int NoteMax = 1000;

    private PlanReview()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Its place among the plan's reviews in the order recorded.</summary>
    public int Position { get; private set; }

    public DateOnly On { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The next review this one planned; null when none was.</summary>
    public DateOnly? NextOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedById { get; private set; }

    internal static PlanReview Create(int position, DateOnly on, string? note, DateOnly? next, Guid userId, DateTimeOffset now) => new()
    {
        Position = position,
        On = on,
        Note = note,
        NextOn = next,
        RecordedAt = now,
        RecordedById = userId,
    };
}

/// <summary>The "field: old → new" details of history lines.</summary>
internal static class Changes
{
    public const string None = "(none)";

    /// <summary>The fields whose value changed, joined; null when none did.</summary>
    public static string? Of(params (string Field, string? Old, string? New)[] fields)
    {
        var changed = fields.Where(f => f.Old != f.New).Select(f => $"{f.Field}: {f.Old ?? None} → {f.New ?? None}").ToList();
        return changed.Count == 0 ? null : string.Join("; ", changed);
    }

    public static string? Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The date rules of a plan. Dates are typed in the organisation's zone while the domain knows the instant in UTC.</summary>
internal static class PlanDates
{
    public static void RequireNotFuture(DateOnly date, string field, DateTimeOffset now)
    {
        // The latest time zone is UTC+14: a date that is today anywhere is accepted.
        if (date > DateOnly.FromDateTime(now.UtcDateTime.AddHours(14)))
            throw new DomainValidationException(field, "DateInFuture", "The date cannot be in the future.");
    }

    public static void RequireNotPast(DateOnly? date, string field, DateTimeOffset now)
    {
        // Europe's zones are at or ahead of UTC, so the UTC date is never later than the organisation's.
        if (date < DateOnly.FromDateTime(now.UtcDateTime))
            throw new DomainValidationException(field, "DateInPast", "The date cannot be in the past.");
    }

    public static void RequireNotBeforeApplication(DateOnly on, DateOnly appliedOn)
    {
        if (on < appliedOn)
            throw new DomainValidationException("On", "StepBeforeApplication", "A step cannot come before the application date.", appliedOn);
    }

    public static void RequireNoStepBefore(DateOnly appliedOn, IEnumerable<DateOnly> stepDates)
    {
        if (stepDates.Any(on => on < appliedOn))
            throw new DomainValidationException("AppliedOn", "StepBeforeApplication", "The application date cannot come after one of its steps.", appliedOn);
    }
}
