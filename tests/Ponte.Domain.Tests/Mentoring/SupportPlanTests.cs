using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.PlanWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>A mentee's support plan: who starts and edits it, its goals with their history, their actions, and reviews.</summary>
public sealed class SupportPlanTests
{
    [Fact]
    public void A_plan_started_for_an_active_process_belongs_to_it_and_to_its_mentee()
    {
        var w = new PlanWorld();

        Assert.Equal(w.Process.Id, w.Plan.ProcessId);
        Assert.Equal(w.Process.OrganisationId, w.Plan.OrganisationId);
        Assert.Equal(w.Process.ProgrammeId, w.Plan.ProgrammeId);
        Assert.Equal(w.Mentee.Id, w.Plan.MenteeId);
        Assert.Equal(At, w.Plan.StartedAt);
        Assert.Empty(w.Plan.Goals);
        Assert.Null(w.Plan.NextReviewOn);
        var line = Assert.Single(w.Plan.History);
        Assert.Equal((SupportPlanEvents.Started, (string?)null, "Active", w.Mentee.UserId), (line.Event, line.FromStatus, line.ToStatus, line.ActorUserId));
    }

    [Fact]
    public void The_mentor_may_start_the_plan_of_an_agreed_process_and_so_may_a_manager()
    {
        var w = new PlanWorld(active: false);
        Assert.Equal(ProcessStatus.Agreed, w.Process.Status);

        var byMentor = SupportPlan.For(w.Process, w.MentorActor, At);
        var byManager = SupportPlan.For(w.Process, MentoringWorld.Manager, At);

        Assert.Equal(w.Mentee.Id, byMentor.MenteeId);
        Assert.Equal(w.Mentee.Id, byManager.MenteeId);
        Assert.Equal(MentoringWorld.Manager.UserId, byManager.History.Single().ActorUserId);
        Assert.Equal("Agreed", byMentor.History.Single().ToStatus);
    }

    [Fact]
    public void A_plan_is_not_started_for_a_matched_or_paused_process()
    {
        var world = new MentoringWorld();
        var (matched, _, mentee) = world.OneToOne();
        Assert.Equal("ProcessState", Assert.Throws<DomainException>(() => SupportPlan.For(matched, new Actor(mentee.UserId, "Samira"), At)).Code);

        var (active, _, activeMentee) = world.Active();
        active.Pause(PauseReason.Holidays, null, MentoringWorld.Manager, At);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => SupportPlan.For(active, new Actor(activeMentee.UserId, "Samira"), At)).Code);
    }

    [Fact]
    public void Only_a_signed_in_person_starts_or_edits_a_plan()
    {
        var w = new PlanWorld();
        Actor[] notSignedIn = [Actor.System, Actor.Applicant("Samira"), new(null, "Nobody"), new(w.Mentee.UserId, "Samira", ActorKind.Subject)];

        foreach (var actor in notSignedIn)
        {
            Assert.Equal("AccountRequired", Assert.Throws<DomainException>(() => SupportPlan.For(w.Process, actor, At)).Code);
            Assert.Equal("AccountRequired", Assert.Throws<DomainException>(() => SupportPlan.For(w.Process, w.Mentee.Id, actor, At)).Code);
            Assert.Equal("AccountRequired", Assert.Throws<DomainException>(() => PlanEditor.Of(w.Process, actor)).Code);
        }
    }

    [Fact]
    public void Only_a_participant_of_the_process_edits_its_plan_and_only_with_an_editor_of_that_process()
    {
        var w = new PlanWorld();
        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => PlanEditor.Of(w.Process, MentoringWorld.Manager)).Code);

        var other = new PlanWorld();
        Assert.Equal("ProcessMismatch", Assert.Throws<DomainException>(() =>
            w.Plan.AddGoal(GoalArea.CityOrientation, null, "Learn the tram lines", "Travels alone", null, other.MenteeEditor, At)).Code);
        Assert.Empty(w.Plan.Goals);

        var editor = w.MentorEditor;
        Assert.Equal((w.Process.Id, ProcessStatus.Active, w.Mentor.Id, ProcessRole.Mentor, w.Mentor.UserId!.Value), (editor.ProcessId, editor.ProcessStatus, editor.ParticipantId, editor.Role, editor.UserId));
    }

    [Fact]
    public void Edits_are_refused_while_the_process_is_paused_and_accepted_again_once_resumed()
    {
        var w = new PlanWorld();
        var goal = w.Goal();
        w.Process.Pause(PauseReason.Illness, null, MentoringWorld.Manager, At);
        var paused = w.MenteeEditor;

        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => w.Plan.AddGoal(GoalArea.CityOrientation, null, "Tram lines", "Travels alone", null, paused, At)).Code);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => w.Plan.SetGoalStatus(goal.Id, GoalStatus.InProgress, null, paused, At)).Code);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => w.Plan.AddAction(goal.Id, "Write a CV", ActionOwner.Mentee, null, paused, At)).Code);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => w.Plan.RecordReview(Today, null, null, paused, At)).Code);
        Assert.Equal(GoalStatus.NotStarted, goal.Status);

        w.Process.Resume(null, MentoringWorld.Manager, At);
        Assert.True(w.Plan.SetGoalStatus(goal.Id, GoalStatus.InProgress, null, w.MenteeEditor, At));
    }

    [Theory]
    [InlineData(ProcessStatus.Matched, "ProcessState")]
    [InlineData(ProcessStatus.Closed, "ProcessState")]
    [InlineData(ProcessStatus.Paused, "ProcessPaused")]
    public void Only_an_agreed_or_active_process_lets_its_plan_change(ProcessStatus status, string code)
    {
        Assert.False(SupportPlan.IsEditable(status));
        var refused = Assert.Throws<DomainException>(() => SupportPlan.RequireEditable(status));
        Assert.Equal(code, refused.Code);

        Assert.True(SupportPlan.IsEditable(ProcessStatus.Agreed));
        Assert.True(SupportPlan.IsEditable(ProcessStatus.Active));
        SupportPlan.RequireEditable(ProcessStatus.Agreed);
        SupportPlan.RequireEditable(ProcessStatus.Active);
    }

    [Fact]
    public void An_editor_read_from_the_process_before_it_closed_carries_the_status_it_had()
    {
        var w = new PlanWorld();
        var editor = w.MenteeEditor;
        w.Process.Pause(PauseReason.Other, null, MentoringWorld.Manager, At);

        // The status is read when the editor is made: a handler makes it from the process it just loaded.
        Assert.Equal(ProcessStatus.Active, editor.ProcessStatus);
        Assert.Equal(ProcessStatus.Paused, w.MenteeEditor.ProcessStatus);
    }

    [Fact]
    public void In_a_group_each_mentee_has_her_own_plan_and_edits_only_hers_while_the_mentors_edit_all()
    {
        var (process, mentor, coMentor, mentees) = Group();
        var samira = new Actor(mentees[0].UserId, "Samira");
        var fatima = new Actor(mentees[1].UserId, "Fatima");
        var helena = new Actor(mentor.UserId, "Helena");

        Assert.Equal("MenteeRequired", Assert.Throws<DomainException>(() => SupportPlan.For(process, helena, At)).Code);
        Assert.Equal("NotAMentee", Assert.Throws<DomainException>(() => SupportPlan.For(process, mentor.Id, helena, At)).Code);
        Assert.Equal("NotYourPlan", Assert.Throws<DomainException>(() => SupportPlan.For(process, mentees[1].Id, samira, At)).Code);

        var samirasPlan = SupportPlan.For(process, samira, At);
        var fatimasPlan = SupportPlan.For(process, mentees[1].Id, helena, At);
        Assert.Equal(mentees[0].Id, samirasPlan.MenteeId);
        Assert.Equal(mentees[1].Id, fatimasPlan.MenteeId);

        Assert.Equal("NotYourPlan", Assert.Throws<DomainException>(() =>
            samirasPlan.AddGoal(GoalArea.HealthAndHabits, null, "Sleep better", "Seven hours a night", null, PlanEditor.Of(process, fatima), At)).Code);
        samirasPlan.AddGoal(GoalArea.HealthAndHabits, null, "Sleep better", "Seven hours a night", null, PlanEditor.Of(process, samira), At);
        samirasPlan.AddGoal(GoalArea.CityOrientation, null, "Use the library", "Has a library card", null, PlanEditor.Of(process, helena), At);
        var byCoMentor = PlanEditor.Of(process, new Actor(coMentor.UserId, "Aino"));
        Assert.Equal(ProcessRole.CoMentor, byCoMentor.Role);
        samirasPlan.AddGoal(GoalArea.ParentingAndFamily, null, "Find a day-care place", "A place from August", null, byCoMentor, At);
        Assert.Equal(3, samirasPlan.Goals.Count);
        Assert.Empty(fatimasPlan.Goals);
    }

    [Fact]
    public void A_goal_is_added_trimmed_not_started_with_a_line_naming_its_fields()
    {
        var w = new PlanWorld();

        var goal = w.Plan.AddGoal(GoalArea.LabourMarketOrientation, "  ", "  Work in a bakery  ", " A signed contract ", new DateOnly(2027, 6, 30), w.MenteeEditor, At);

        Assert.Same(goal, Assert.Single(w.Plan.Goals));
        Assert.Equal((1, GoalArea.LabourMarketOrientation, (string?)null, "Work in a bakery", "A signed contract", (DateOnly?)new DateOnly(2027, 6, 30), GoalStatus.NotStarted, At),
            (goal.Position, goal.Area, goal.FreeAreaName, goal.What, goal.Measure, goal.DueBy, goal.Status, goal.AddedAt));
        var line = Assert.Single(goal.History);
        Assert.Equal((SupportPlanEvents.GoalAdded, (string?)null, "NotStarted", w.Mentee.UserId, ActorKind.User, At), (line.Event, line.FromStatus, line.ToStatus, line.ActorUserId, line.ActorKind, line.At));
        Assert.Equal("Area: (none) → LabourMarketOrientation; What: (none) → Work in a bakery; Measure: (none) → A signed contract; DueBy: (none) → 2027-06-30", line.Detail);
    }

    [Fact]
    public void A_free_goal_needs_its_area_name_and_the_others_may_not_have_one()
    {
        var w = new PlanWorld();

        var free = w.Plan.AddGoal(GoalArea.Free, "  Driving  ", "Get a driving licence", "Licence in hand", null, w.MenteeEditor, At);
        Assert.Equal("Driving", free.FreeAreaName);

        var missing = Assert.Throws<DomainValidationException>(() => w.Plan.AddGoal(GoalArea.Free, " ", "Drive", "Licence", null, w.MenteeEditor, At));
        Assert.Equal(("FreeAreaName", "Required"), (missing.Field, missing.Code));
        var tooLong = Assert.Throws<DomainValidationException>(() => w.Plan.AddGoal(GoalArea.Free, new string('d', 101), "Drive", "Licence", null, w.MenteeEditor, At));
        Assert.Equal(("FreeAreaName", "MaxLength"), (tooLong.Field, tooLong.Code));
        var notFree = Assert.Throws<DomainValidationException>(() => w.Plan.AddGoal(GoalArea.CityOrientation, "Driving", "Drive", "Licence", null, w.MenteeEditor, At));
        Assert.Equal(("FreeAreaName", "FreeAreaNameNotAllowed"), (notFree.Field, notFree.Code));
        Assert.Single(w.Plan.Goals);

        Assert.Equal("FreeAreaNameNotAllowed", Assert.Throws<DomainValidationException>(() =>
            w.Plan.EditGoal(free.Id, GoalArea.CityOrientation, "Driving", "Drive", "Licence", null, w.MenteeEditor, At)).Code);
        Assert.True(w.Plan.EditGoal(free.Id, GoalArea.CityOrientation, null, "Get a driving licence", "Licence in hand", null, w.MenteeEditor, At));
        Assert.Null(free.FreeAreaName);
        Assert.Equal("Area: Free → CityOrientation; FreeAreaName: Driving → (none)", free.History[^1].Detail);
    }

    [Fact]
    public void A_goals_fields_are_checked()
    {
        var w = new PlanWorld();
        void Refused(string field, string code, Action add) { var e = Assert.Throws<DomainValidationException>(add); Assert.Equal((field, code), (e.Field, e.Code)); }

        Refused("What", "Required", () => w.Plan.AddGoal(GoalArea.HealthAndHabits, null, "   ", "Measure", null, w.MenteeEditor, At));
        Refused("What", "MaxLength", () => w.Plan.AddGoal(GoalArea.HealthAndHabits, null, new string('w', 501), "Measure", null, w.MenteeEditor, At));
        Refused("Measure", "Required", () => w.Plan.AddGoal(GoalArea.HealthAndHabits, null, "What", null, null, w.MenteeEditor, At));
        Refused("Measure", "MaxLength", () => w.Plan.AddGoal(GoalArea.HealthAndHabits, null, "What", new string('m', 501), null, w.MenteeEditor, At));
        Refused("Area", "Invalid", () => w.Plan.AddGoal((GoalArea)9, null, "What", "Measure", null, w.MenteeEditor, At));
        Assert.Empty(w.Plan.Goals);

        var goal = w.Plan.AddGoal(GoalArea.HealthAndHabits, null, new string('w', 500), new string('m', 500), null, w.MenteeEditor, At);
        Refused("What", "Required", () => w.Plan.EditGoal(goal.Id, GoalArea.HealthAndHabits, null, "", "Measure", null, w.MenteeEditor, At));
        Assert.Equal(500, goal.What.Length);
    }

    [Fact]
    public void A_plan_holds_at_most_thirty_goals()
    {
        var w = new PlanWorld();
        for (var i = 1; i <= SupportPlan.MaxGoals; i++)
            w.Goal($"Goal {i}");

        var refused = Assert.Throws<DomainException>(() => w.Goal("One too many"));
        Assert.Equal("TooManyGoals", refused.Code);
        Assert.Equal([30], refused.Args);
        Assert.Equal(Enumerable.Range(1, 30), w.Plan.Goals.Select(g => g.Position));
        Assert.Equal("Goal 30", w.Plan.Goals[^1].What);
    }

    [Fact]
    public void Editing_a_goal_writes_the_fields_that_changed_old_and_new_and_the_same_values_write_nothing()
    {
        var w = new PlanWorld();
        var goal = w.Goal();

        Assert.False(w.Plan.EditGoal(goal.Id, GoalArea.LabourMarketOrientation, null, " Work in a bakery in Helsinki ", "A signed work contract", new DateOnly(2027, 6, 30), w.MentorEditor, At));
        Assert.Single(goal.History);

        Assert.True(w.Plan.EditGoal(goal.Id, GoalArea.LabourMarketOrientation, null, "Work in a bakery in Espoo", "A signed work contract", null, w.MentorEditor, At.AddHours(1)));

        Assert.Equal("Work in a bakery in Espoo", goal.What);
        Assert.Null(goal.DueBy);
        var line = goal.History[^1];
        Assert.Equal((SupportPlanEvents.GoalEdited, "NotStarted", "NotStarted", w.Mentor.UserId, At.AddHours(1)), (line.Event, line.FromStatus, line.ToStatus, line.ActorUserId, line.At));
        Assert.Equal("What: Work in a bakery in Helsinki → Work in a bakery in Espoo; DueBy: 2027-06-30 → (none)", line.Detail);
    }

    [Fact]
    public void The_longest_edit_fits_a_history_line()
    {
        var w = new PlanWorld();
        var goal = w.Plan.AddGoal(GoalArea.Free, new string('a', 100), new string('w', 500), new string('m', 500), new DateOnly(2027, 1, 1), w.MenteeEditor, At);

        w.Plan.EditGoal(goal.Id, GoalArea.LabourMarketOrientation, null, new string('x', 500), new string('y', 500), new DateOnly(2028, 12, 31), w.MenteeEditor, At);
        w.Plan.EditGoal(goal.Id, GoalArea.Free, new string('b', 100), new string('w', 500), new string('m', 500), null, w.MenteeEditor, At);

        Assert.All(goal.History, l => Assert.True(l.Detail!.Length <= SupportPlan.HistoryDetailMax, $"{l.Detail.Length} characters"));
        Assert.True(goal.History.Max(l => l.Detail!.Length) > 2200);
        Assert.Equal(3, goal.History.Count);
    }

    [Fact]
    public void A_goal_moves_through_its_statuses_and_an_achieved_or_dropped_one_can_be_taken_up_again()
    {
        var w = new PlanWorld();
        var goal = w.Goal();

        Assert.True(w.Plan.SetGoalStatus(goal.Id, GoalStatus.InProgress, null, w.MenteeEditor, At.AddDays(1)));
        Assert.False(w.Plan.SetGoalStatus(goal.Id, GoalStatus.InProgress, "Still going", w.MenteeEditor, At.AddDays(2)));
        Assert.True(w.Plan.SetGoalStatus(goal.Id, GoalStatus.Achieved, "  Contract signed  ", w.MentorEditor, At.AddDays(3)));
        Assert.True(w.Plan.SetGoalStatus(goal.Id, GoalStatus.InProgress, "The contract fell through", w.MenteeEditor, At.AddDays(4)));
        Assert.True(w.Plan.SetGoalStatus(goal.Id, GoalStatus.Dropped, null, w.MenteeEditor, At.AddDays(5)));
        Assert.True(w.Plan.SetGoalStatus(goal.Id, GoalStatus.InProgress, null, w.MenteeEditor, At.AddDays(6)));

        Assert.Equal(GoalStatus.InProgress, goal.Status);
        Assert.Equal(SupportPlanEvents.GoalAdded, goal.History[0].Event);
        Assert.Equal(
            [(SupportPlanEvents.GoalStatusChanged, "NotStarted", "InProgress", null),
             (SupportPlanEvents.GoalStatusChanged, "InProgress", "Achieved", "Contract signed"), (SupportPlanEvents.GoalStatusChanged, "Achieved", "InProgress", "The contract fell through"),
             (SupportPlanEvents.GoalStatusChanged, "InProgress", "Dropped", null), (SupportPlanEvents.GoalStatusChanged, "Dropped", "InProgress", (string?)null)],
            goal.History.Skip(1).Select(l => (l.Event, l.FromStatus, l.ToStatus, l.Detail)));
        Assert.Equal(w.Mentor.UserId, goal.History[2].ActorUserId);
    }

    [Theory]
    [InlineData(GoalStatus.InProgress, GoalStatus.NotStarted)]
    [InlineData(GoalStatus.Achieved, GoalStatus.NotStarted)]
    [InlineData(GoalStatus.Achieved, GoalStatus.Dropped)]
    [InlineData(GoalStatus.Dropped, GoalStatus.Achieved)]
    [InlineData(GoalStatus.Dropped, GoalStatus.NotStarted)]
    public void A_goal_does_not_go_back_to_not_started_nor_from_one_closed_status_to_the_other(GoalStatus from, GoalStatus to)
    {
        var w = new PlanWorld();
        var goal = w.Goal();
        w.Plan.SetGoalStatus(goal.Id, from, null, w.MenteeEditor, At);

        var refused = Assert.Throws<DomainException>(() => w.Plan.SetGoalStatus(goal.Id, to, null, w.MenteeEditor, At));

        Assert.Equal("GoalStatusChange", refused.Code);
        Assert.Equal([from.ToString(), to.ToString()], refused.Args);
        Assert.Equal(from, goal.Status);
        Assert.Equal(2, goal.History.Count);
    }

    [Fact]
    public void A_status_change_checks_the_status_and_its_note_and_an_unknown_goal_is_refused()
    {
        var w = new PlanWorld();
        var goal = w.Goal();

        Assert.Equal(("Status", "Invalid"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.SetGoalStatus(goal.Id, (GoalStatus)7, null, w.MenteeEditor, At))));
        Assert.Equal(("Note", "MaxLength"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.SetGoalStatus(goal.Id, GoalStatus.InProgress, new string('n', 501), w.MenteeEditor, At))));
        Assert.Equal(GoalStatus.NotStarted, goal.Status);

        var unknown = Guid.NewGuid();
        Assert.Equal("GoalNotFound", Assert.Throws<DomainException>(() => w.Plan.SetGoalStatus(unknown, GoalStatus.InProgress, null, w.MenteeEditor, At)).Code);
        Assert.Equal("GoalNotFound", Assert.Throws<DomainException>(() => w.Plan.EditGoal(unknown, GoalArea.Free, "x", "y", "z", null, w.MenteeEditor, At)).Code);
        Assert.Equal("GoalNotFound", Assert.Throws<DomainException>(() => w.Plan.AddAction(unknown, "Call", ActionOwner.Mentor, null, w.MenteeEditor, At)).Code);
    }

    [Fact]
    public void Actions_are_added_edited_done_and_removed_each_with_a_line_on_the_goals_history()
    {
        var w = new PlanWorld();
        var goal = w.Goal();

        var cv = w.Plan.AddAction(goal.Id, "  Write a Finnish CV ", ActionOwner.Mentee, new DateOnly(2026, 12, 20), w.MenteeEditor, At);
        var visit = w.Plan.AddAction(goal.Id, "Visit two bakeries", ActionOwner.Mentor, null, w.MentorEditor, At);
        Assert.Equal((1, "Write a Finnish CV", ActionOwner.Mentee, (DateOnly?)new DateOnly(2026, 12, 20), false, (DateTimeOffset?)null, At), (cv.Position, cv.What, cv.Who, cv.DueOn, cv.Done, cv.DoneAt, cv.AddedAt));

        Assert.False(w.Plan.EditAction(cv.Id, "Write a Finnish CV", ActionOwner.Mentee, new DateOnly(2026, 12, 20), w.MenteeEditor, At));
        Assert.True(w.Plan.EditAction(cv.Id, "Write a Finnish CV with the mentor", ActionOwner.Mentor, new DateOnly(2026, 12, 20), w.MenteeEditor, At));
        Assert.True(w.Plan.MarkActionDone(cv.Id, true, w.MenteeEditor, At.AddDays(2)));
        Assert.False(w.Plan.MarkActionDone(cv.Id, true, w.MenteeEditor, At.AddDays(3)));
        Assert.Equal((true, (DateTimeOffset?)At.AddDays(2)), (cv.Done, cv.DoneAt));
        Assert.True(w.Plan.MarkActionDone(cv.Id, false, w.MenteeEditor, At.AddDays(4)));
        Assert.Equal((false, (DateTimeOffset?)null), (cv.Done, cv.DoneAt));
        w.Plan.RemoveAction(visit.Id, w.MentorEditor, At.AddDays(5));

        Assert.Equal([cv], goal.Actions);
        Assert.Equal(
            [SupportPlanEvents.GoalAdded, SupportPlanEvents.ActionAdded, SupportPlanEvents.ActionAdded, SupportPlanEvents.ActionEdited,
             SupportPlanEvents.ActionDone, SupportPlanEvents.ActionReopened, SupportPlanEvents.ActionRemoved],
            goal.History.Select(l => l.Event));
        Assert.Equal($"{cv.Id}: What: (none) → Write a Finnish CV; Who: (none) → Mentee; DueOn: (none) → 2026-12-20", goal.History[1].Detail);
        Assert.Equal($"{cv.Id}: What: Write a Finnish CV → Write a Finnish CV with the mentor; Who: Mentee → Mentor", goal.History[3].Detail);
        Assert.Equal($"{visit.Id}: Visit two bakeries", goal.History[^1].Detail);
        Assert.Equal(w.Mentor.UserId, goal.History[^1].ActorUserId);
    }

    [Fact]
    public void Actions_keep_the_order_they_were_added_in_when_one_is_removed()
    {
        var w = new PlanWorld();
        var goal = w.Goal();
        var first = w.Plan.AddAction(goal.Id, "First", ActionOwner.Mentee, null, w.MenteeEditor, At);
        var second = w.Plan.AddAction(goal.Id, "Second", ActionOwner.Mentee, null, w.MenteeEditor, At);
        var third = w.Plan.AddAction(goal.Id, "Third", ActionOwner.Mentee, null, w.MenteeEditor, At);
        w.Plan.RemoveAction(second.Id, w.MenteeEditor, At);

        var fourth = w.Plan.AddAction(goal.Id, "Fourth", ActionOwner.Mentee, null, w.MenteeEditor, At);

        Assert.Equal([1, 3, 4], goal.Actions.Select(a => a.Position));
        Assert.Equal([first.Id, third.Id, fourth.Id], goal.Actions.Select(a => a.Id));
    }

    [Fact]
    public void An_actions_fields_are_checked_and_a_goal_holds_at_most_fifty()
    {
        var w = new PlanWorld();
        var goal = w.Goal();

        Assert.Equal(("What", "Required"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.AddAction(goal.Id, " ", ActionOwner.Mentee, null, w.MenteeEditor, At))));
        Assert.Equal(("What", "MaxLength"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.AddAction(goal.Id, new string('a', 501), ActionOwner.Mentee, null, w.MenteeEditor, At))));
        Assert.Equal(("Who", "Invalid"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.AddAction(goal.Id, "Call", (ActionOwner)5, null, w.MenteeEditor, At))));
        Assert.Empty(goal.Actions);

        var action = w.Plan.AddAction(goal.Id, "Call", ActionOwner.Mentee, null, w.MenteeEditor, At);
        Assert.Equal(("Who", "Invalid"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.EditAction(action.Id, "Call", (ActionOwner)5, null, w.MenteeEditor, At))));
        Assert.Equal(ActionOwner.Mentee, action.Who);

        for (var i = 2; i <= PlanGoal.MaxActions; i++)
            w.Plan.AddAction(goal.Id, $"Action {i}", ActionOwner.Mentor, null, w.MenteeEditor, At);
        var refused = Assert.Throws<DomainException>(() => w.Plan.AddAction(goal.Id, "One too many", ActionOwner.Mentor, null, w.MenteeEditor, At));
        Assert.Equal("TooManyActions", refused.Code);
        Assert.Equal([50], refused.Args);
        Assert.Equal(50, goal.Actions.Count);

        // The limit is per goal.
        w.Plan.AddAction(w.Goal("Another goal").Id, "Call", ActionOwner.Mentee, null, w.MenteeEditor, At);
    }

    [Fact]
    public void An_unknown_action_is_refused()
    {
        var w = new PlanWorld();
        var goal = w.Goal();
        var removed = w.Plan.AddAction(goal.Id, "Call", ActionOwner.Mentee, null, w.MenteeEditor, At);
        w.Plan.RemoveAction(removed.Id, w.MenteeEditor, At);

        foreach (var id in new[] { removed.Id, Guid.NewGuid(), goal.Id })
        {
            Assert.Equal("ActionNotFound", Assert.Throws<DomainException>(() => w.Plan.EditAction(id, "Call", ActionOwner.Mentee, null, w.MenteeEditor, At)).Code);
            Assert.Equal("ActionNotFound", Assert.Throws<DomainException>(() => w.Plan.MarkActionDone(id, true, w.MenteeEditor, At)).Code);
            Assert.Equal("ActionNotFound", Assert.Throws<DomainException>(() => w.Plan.RemoveAction(id, w.MenteeEditor, At)).Code);
        }
    }

    [Theory]
    [InlineData(GoalStatus.Achieved)]
    [InlineData(GoalStatus.Dropped)]
    public void The_actions_of_a_closed_goal_are_frozen_until_it_is_taken_up_again(GoalStatus closed)
    {
        var w = new PlanWorld();
        var goal = w.Goal();
        var action = w.Plan.AddAction(goal.Id, "Call", ActionOwner.Mentee, null, w.MenteeEditor, At);
        w.Plan.SetGoalStatus(goal.Id, closed, null, w.MenteeEditor, At);
        Assert.True(goal.IsClosed);

        Assert.Equal("GoalClosed", Assert.Throws<DomainException>(() => w.Plan.AddAction(goal.Id, "Another", ActionOwner.Mentee, null, w.MenteeEditor, At)).Code);
        Assert.Equal("GoalClosed", Assert.Throws<DomainException>(() => w.Plan.EditAction(action.Id, "Changed", ActionOwner.Mentee, null, w.MenteeEditor, At)).Code);
        Assert.Equal("GoalClosed", Assert.Throws<DomainException>(() => w.Plan.MarkActionDone(action.Id, true, w.MenteeEditor, At)).Code);
        Assert.Equal("GoalClosed", Assert.Throws<DomainException>(() => w.Plan.RemoveAction(action.Id, w.MenteeEditor, At)).Code);
        Assert.Equal(("Call", false), (action.What, action.Done));

        w.Plan.SetGoalStatus(goal.Id, GoalStatus.InProgress, null, w.MenteeEditor, At);
        Assert.True(w.Plan.MarkActionDone(action.Id, true, w.MenteeEditor, At));
    }

    [Fact]
    public void Goals_edited_by_both_keep_their_own_histories_in_the_order_written()
    {
        var w = new PlanWorld();
        var work = w.Goal();
        var city = w.Plan.AddGoal(GoalArea.CityOrientation, null, "Learn the tram lines", "Travels alone to the centre", null, w.MentorEditor, At);

        w.Plan.SetGoalStatus(city.Id, GoalStatus.InProgress, null, w.MentorEditor, At);
        w.Plan.SetGoalStatus(work.Id, GoalStatus.InProgress, null, w.MenteeEditor, At);
        w.Plan.SetGoalStatus(city.Id, GoalStatus.Achieved, null, w.MenteeEditor, At);

        Assert.Equal([work.Id, city.Id], w.Plan.Goals.Select(g => g.Id));
        Assert.Equal(["NotStarted", "InProgress", "Achieved"], city.History.Select(l => l.ToStatus));
        Assert.Equal(["NotStarted", "InProgress"], work.History.Select(l => l.ToStatus));
        Assert.Single(w.Plan.History);
    }

    [Fact]
    public void A_review_is_recorded_with_the_next_one_and_the_next_can_be_moved_or_cleared()
    {
        var w = new PlanWorld();

        var review = w.Plan.RecordReview(Today, "  Good progress on the CV ", Today.AddMonths(2), w.MentorEditor, At);
        Assert.Equal((1, Today, "Good progress on the CV", (DateOnly?)Today.AddMonths(2), At, w.Mentor.UserId!.Value), (review.Position, review.On, review.Note, review.NextOn, review.RecordedAt, review.RecordedById));
        Assert.Equal(Today.AddMonths(2), w.Plan.NextReviewOn);

        var earlier = w.Plan.RecordReview(Today.AddDays(-30), null, Today.AddMonths(2), w.MenteeEditor, At);
        Assert.Equal([earlier, review], w.Plan.Reviews);
        Assert.Null(earlier.Note);

        Assert.False(w.Plan.SetNextReview(Today.AddMonths(2), w.MenteeEditor, At));
        Assert.True(w.Plan.SetNextReview(Today, w.MenteeEditor, At));
        Assert.True(w.Plan.SetNextReview(null, w.MenteeEditor, At));
        Assert.Null(w.Plan.NextReviewOn);

        Assert.Equal(
            [(SupportPlanEvents.Started, null), (SupportPlanEvents.ReviewRecorded, "On: 2026-12-11; NextReviewOn: (none) → 2027-02-11"),
             (SupportPlanEvents.ReviewRecorded, "On: 2026-11-11"), (SupportPlanEvents.NextReviewSet, "NextReviewOn: 2027-02-11 → 2026-12-11"),
             (SupportPlanEvents.NextReviewSet, (string?)"NextReviewOn: 2026-12-11 → (none)")],
            w.Plan.History.Select(l => (l.Event, l.Detail)));
    }

    [Fact]
    public void A_review_is_not_held_in_the_future_nor_the_next_one_set_in_the_past()
    {
        var w = new PlanWorld();

        Assert.Equal(("On", "DateInFuture"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.RecordReview(Today.AddDays(2), null, null, w.MenteeEditor, At))));
        Assert.Equal(("NextReviewOn", "DateInPast"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.RecordReview(Today, null, Today.AddDays(-1), w.MenteeEditor, At))));
        Assert.Equal(("Note", "MaxLength"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.RecordReview(Today, new string('n', 1001), null, w.MenteeEditor, At))));
        Assert.Equal(("NextReviewOn", "DateInPast"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.SetNextReview(Today.AddDays(-1), w.MenteeEditor, At))));
        Assert.Empty(w.Plan.Reviews);
        Assert.Null(w.Plan.NextReviewOn);

        // Tomorrow is already today east of UTC: Helsinki at 23:00 UTC.
        w.Plan.RecordReview(Today.AddDays(1), null, Today, w.MenteeEditor, At.AddHours(14));
        Assert.Equal(Today, w.Plan.NextReviewOn);
    }

    private static (string Field, string Code) Field(DomainValidationException refused) => (refused.Field, refused.Code);
}
