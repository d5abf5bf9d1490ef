using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

/// <summary>The blueprint's five topic areas a goal belongs to, or an area the pair names itself.</summary>
public enum GoalArea
{
    LabourMarketOrientation = 0,
    HealthAndHabits = 1,
    ParentingAndFamily = 2,
    RightsAndObligations = 3,
    CityOrientation = 4,

    /// <summary>An area of the pair's own, named in <see cref="PlanGoal.FreeAreaName"/>.</summary>
    Free = 5,
}

/// <summary>
/// Where a goal stands. A goal not started may go anywhere; once started it cannot go back to
/// not started; an achieved or dropped goal is closed and can only be set back to in progress.
/// </summary>
public enum GoalStatus
{
    NotStarted = 0,
    InProgress = 1,
    Achieved = 2,
    Dropped = 3,
}

/// <summary>Who takes an action on.</summary>
public enum ActionOwner
{
    Mentee = 0,
    Mentor = 1,
}

/// <summary>
/// One goal of a support plan, its actions and its history: every add, edit and status change of
/// the goal or of one of its actions writes a line (who, when, which fields went from what to what).
/// </summary>
public sealed class PlanGoal
{
    public const int FreeAreaNameMax = 100;
    public const int WhatMax = 500;
    public const int MeasureMax = 500;
    public const int NoteMax = 500;
    public const int MaxActions = 50;

    private readonly List<PlanAction> _actions = [];
    private readonly List<StatusChange> _history = [];

    private PlanGoal()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Its place in the plan: 1 for the first goal added. Goals are never removed, only dropped.</summary>
    public int Position { get; private set; }

    public GoalArea Area { get; private set; }

    /// <summary>The area's name for a <see cref="GoalArea.Free"/> goal; null for the others.</summary>
    public string? FreeAreaName { get; private set; }

    public string What { get; private set; } = string.Empty;

    /// <summary>How the pair will tell the goal is reached.</summary>
    public string Measure { get; private set; } = string.Empty;

    public DateOnly? DueBy { get; private set; }

    public GoalStatus Status { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>Achieved or dropped: its actions are frozen until it is set back to in progress.</summary>
    public bool IsClosed => Status is GoalStatus.Achieved or GoalStatus.Dropped;

    /// <summary>In the order they were added.</summary>
    public IReadOnlyList<PlanAction> Actions => _actions.OrderBy(a => a.Position).ToList();

    /// <summary>Oldest first: by time, then by id (lines not yet saved last, in the order written).</summary>
    public IReadOnlyList<StatusChange> History => _history.OrderBy(h => h.At).ThenBy(h => h.Id == 0 ? int.MaxValue : h.Id).ToList();

    internal static PlanGoal Add(GoalContent content, int position, Actor actor, DateTimeOffset now)
    {
        var goal = new PlanGoal { Position = position, Status = GoalStatus.NotStarted, AddedAt = now };
        var detail = goal.Apply(content, added: true);
        goal._history.Add(StatusChange.Record(now, actor, SupportPlanEvents.GoalAdded, null, nameof(GoalStatus.NotStarted), detail));
        return goal;
    }

    /// <summary>A goal carried from a closed process's plan: in progress stays so, the others start again.</summary>
    internal static PlanGoal Carry(CarriedGoal carried, int position, Guid fromProcessId, Actor actor, DateTimeOffset now)
    {
        var goal = new PlanGoal
        {
            Position = position,
            Area = carried.Area,
            FreeAreaName = carried.FreeAreaName,
            What = carried.What,
            Measure = carried.Measure,
            Status = carried.Status == GoalStatus.InProgress ? GoalStatus.InProgress : GoalStatus.NotStarted,
            AddedAt = now,
        };
        goal._history.Add(StatusChange.Record(now, actor, SupportPlanEvents.GoalCarriedOver, carried.Status.ToString(), goal.Status.ToString(), $"{fromProcessId}: {carried.FromGoalId}"));
        return goal;
    }

    internal bool Edit(GoalContent content, Actor actor, DateTimeOffset now)
    {
        var detail = Apply(content, added: false);
        if (detail is null)
            return false;
        Note(SupportPlanEvents.GoalEdited, actor, now, detail);
        return true;
    }

    internal bool SetStatus(GoalStatus status, string? note, Actor actor, DateTimeOffset now)
    {
        Guard.Defined(status, nameof(Status));
        var text = Guard.Optional(note, "Note", NoteMax);
        if (status == Status)
            return false;
        var allowed = Status switch
        {
            GoalStatus.NotStarted => true,
            GoalStatus.InProgress => status is GoalStatus.Achieved or GoalStatus.Dropped,
            _ => status == GoalStatus.InProgress,
        };
        if (!allowed)
            throw new DomainException("GoalStatusChange", $"A goal cannot go from {Status} to {status}.", Status.ToString(), status.ToString());

        _history.Add(StatusChange.Record(now, actor, SupportPlanEvents.GoalStatusChanged, Status.ToString(), status.ToString(), text));
        Status = status;
        return true;
    }

    internal PlanAction AddAction(string? what, ActionOwner who, DateOnly? dueOn, Actor actor, DateTimeOffset now)
    {
        RequireOpen();
        if (_actions.Count >= MaxActions)
            throw new DomainException("TooManyActions", $"A goal holds at most {MaxActions} actions.", MaxActions);
        var action = PlanAction.Add(_actions.Count == 0 ? 1 : _actions.Max(a => a.Position) + 1, now);
        var detail = action.Apply(what, who, dueOn, added: true);
        _actions.Add(action);
        Note(SupportPlanEvents.ActionAdded, actor, now, $"{action.Id}: {detail}");
        return action;
    }

    internal bool EditAction(PlanAction action, string? what, ActionOwner who, DateOnly? dueOn, Actor actor, DateTimeOffset now)
    {
        RequireOpen();
        var detail = action.Apply(what, who, dueOn, added: false);
        if (detail is null)
            return false;
        Note(SupportPlanEvents.ActionEdited, actor, now, $"{action.Id}: {detail}");
        return true;
    }

    internal bool MarkActionDone(PlanAction action, bool done, Actor actor, DateTimeOffset now)
    {
        RequireOpen();
        if (!action.MarkDone(done, now))
            return false;
        Note(done ? SupportPlanEvents.ActionDone : SupportPlanEvents.ActionReopened, actor, now, $"{action.Id}: {action.What}");
        return true;
    }

    internal void RemoveAction(PlanAction action, Actor actor, DateTimeOffset now)
    {
        RequireOpen();
        _actions.Remove(action);
        Note(SupportPlanEvents.ActionRemoved, actor, now, $"{action.Id}: {action.What}");
    }

    internal PlanAction? FindAction(Guid actionId) => _actions.Find(a => a.Id == actionId);

    private void RequireOpen()
    {
        if (IsClosed)
            throw new DomainException("GoalClosed", "This goal is achieved or dropped. Set it back to in progress to change its actions.", Status.ToString());
    }

    /// <summary>Takes the content; returns what changed, or null when nothing did.</summary>
    private string? Apply(GoalContent content, bool added)
    {
        var detail = Changes.Of(
            (nameof(Area), added ? null : Area.ToString(), content.Area.ToString()),
            (nameof(FreeAreaName), FreeAreaName, content.FreeAreaName),
            (nameof(What), added ? null : What, content.What),
            (nameof(Measure), added ? null : Measure, content.Measure),
            (nameof(DueBy), Changes.Show(DueBy), Changes.Show(content.DueBy)));
        Area = content.Area;
        FreeAreaName = content.FreeAreaName;
        What = content.What;
        Measure = content.Measure;
        DueBy = content.DueBy;
        return detail;
    }

    private void Note(string @event, Actor actor, DateTimeOffset now, string detail) =>
        _history.Add(StatusChange.Record(now, actor, @event, Status.ToString(), Status.ToString(), detail));
}

/// <summary>A goal's fields as typed, checked and trimmed.</summary>
internal sealed record GoalContent(GoalArea Area, string? FreeAreaName, string What, string Measure, DateOnly? DueBy)
{
    public static GoalContent Create(GoalArea area, string? freeAreaName, string? what, string? measure, DateOnly? dueBy)
    {
        Guard.Defined(area, nameof(PlanGoal.Area));
        string? name;
        if (area == GoalArea.Free)
            name = Guard.Required(freeAreaName, nameof(PlanGoal.FreeAreaName), PlanGoal.FreeAreaNameMax);
        else if (Guard.Optional(freeAreaName, nameof(PlanGoal.FreeAreaName), PlanGoal.FreeAreaNameMax) is null)
            name = null;
        else
            throw new DomainValidationException(nameof(PlanGoal.FreeAreaName), "FreeAreaNameNotAllowed", "Only a goal in a free area has an area name.");

        return new(
            area,
            name,
            Guard.Required(what, nameof(PlanGoal.What), PlanGoal.WhatMax),
            Guard.Required(measure, nameof(PlanGoal.Measure), PlanGoal.MeasureMax),
            dueBy);
    }
}

/// <summary>A step under a goal: what, who takes it on, by when, and whether it is done.</summary>
public sealed class PlanAction
{
    public const int WhatMax = 500;

    private PlanAction()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Its place under the goal, after every action there when it was added; a removed action leaves a gap.</summary>
    public int Position { get; private set; }

    public string What { get; private set; } = string.Empty;

    public ActionOwner Who { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public bool Done { get; private set; }

    /// <summary>When it was marked done; null while it is not.</summary>
    public DateTimeOffset? DoneAt { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    internal static PlanAction Add(int position, DateTimeOffset now) => new() { Position = position, AddedAt = now };

    /// <summary>Checks and takes the fields; returns what changed, or null when nothing did.</summary>
    internal string? Apply(string? what, ActionOwner who, DateOnly? dueOn, bool added)
    {
        var text = Guard.Required(what, nameof(What), WhatMax);
        Guard.Defined(who, nameof(Who));
        var detail = Changes.Of(
            (nameof(What), added ? null : What, text),
            (nameof(Who), added ? null : Who.ToString(), who.ToString()),
            (nameof(DueOn), Changes.Show(DueOn), Changes.Show(dueOn)));
        What = text;
        Who = who;
        DueOn = dueOn;
        return detail;
    }

    internal bool MarkDone(bool done, DateTimeOffset now)
    {
        if (Done == done)
            return false;
        Done = done;
        DoneAt = done ? now : null;
        return true;
    }
}
