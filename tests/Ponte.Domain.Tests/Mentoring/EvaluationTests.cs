using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>The final forms: written only after the close, each by its own author; the joint one rates every goal.</summary>
public sealed class EvaluationTests
{
    private static void Close(PlanWorld w) =>
        w.Process.Close(ClosingOutcome.Completed, null, null, [new(w.Mentee.Id, LabourMarketSituation.Employed, null, CefrLevel.A2, [])], Manager, PlanWorld.At.AddDays(60));

    [Fact]
    public void An_individual_form_opens_at_the_close_and_belongs_to_its_author()
    {
        var w = new PlanWorld();
        Assert.Equal("ProcessNotClosed", Assert.Throws<DomainException>(() => IndividualEvaluation.Submit(w.Process, w.MenteeActor, "Good", 5, null, PlanWorld.At)).Code);
        Close(w);

        var form = IndividualEvaluation.Submit(w.Process, w.MenteeActor, " Helpful ", 5, "I found work.", PlanWorld.At.AddDays(61));

        Assert.Equal((w.Mentee.Id, ProcessRole.Mentee, "Helpful", 5), (form.ParticipantId, form.Role, form.Experience, form.Satisfaction));
        Assert.Equal("Satisfaction", Assert.Throws<DomainValidationException>(() => IndividualEvaluation.Submit(w.Process, w.MentorActor, "Fine", 0, null, PlanWorld.At)).Field);
        Assert.Equal("NotYourForm", Assert.Throws<DomainException>(() => form.Revise(w.Process, w.MentorActor, "Mine now", 1, null, PlanWorld.At)).Code);
        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => IndividualEvaluation.Submit(w.Process, Manager, "x", 3, null, PlanWorld.At)).Code);
    }

    [Fact]
    public void An_empty_individual_form_names_every_missing_field_at_once()
    {
        var w = new PlanWorld();
        Close(w);

        var refused = Assert.Throws<DomainValidationErrors>(() => IndividualEvaluation.Submit(w.Process, w.MenteeActor, " ", null, null, PlanWorld.At));

        Assert.Equal(["Experience", "Satisfaction"], refused.Errors.Select(e => e.Field));
        Assert.Equal("Satisfaction", Assert.Throws<DomainValidationException>(() => IndividualEvaluation.Submit(w.Process, w.MenteeActor, "Good", 6, null, PlanWorld.At)).Field);
    }

    [Fact]
    public void The_joint_form_rates_every_goal_of_the_plan_once()
    {
        var w = new PlanWorld();
        var cv = w.Plan.AddGoal(GoalArea.LabourMarketOrientation, null, "A CV in Portuguese", "Sent to three employers", null, w.MenteeEditor, PlanWorld.At);
        var job = w.Plan.AddGoal(GoalArea.LabourMarketOrientation, null, "A job in a bakery", "A contract", null, w.MenteeEditor, PlanWorld.At);
        Close(w);

        Assert.Equal("GoalNotRated", Assert.Throws<DomainValidationException>(() =>
            JointEvaluation.Submit(w.Process, w.Mentee.Id, w.Plan, [new(cv.Id, GoalAchievement.Achieved, null)], null, w.MentorActor, PlanWorld.At)).Code);
        Assert.Equal("UnknownGoal", Assert.Throws<DomainValidationException>(() =>
            JointEvaluation.Submit(w.Process, w.Mentee.Id, w.Plan, [new(cv.Id, GoalAchievement.Achieved, null), new(job.Id, GoalAchievement.Partly, null), new(Guid.NewGuid(), GoalAchievement.Partly, null)], null, w.MentorActor, PlanWorld.At)).Code);

        var form = JointEvaluation.Submit(w.Process, w.Mentee.Id, w.Plan,
            [new(job.Id, GoalAchievement.Partly, "Two trial days"), new(cv.Id, GoalAchievement.Achieved, "Sent")], "Well done", w.MentorActor, PlanWorld.At);

        Assert.Equal(["A CV in Portuguese", "A job in a bakery"], form.Ratings.Select(r => r.Goal));
        Assert.Equal([GoalAchievement.Achieved, GoalAchievement.Partly], form.Ratings.Select(r => r.Achievement));
        Assert.Equal(w.Mentor.Id, form.UpdatedByParticipantId);
    }

    [Fact]
    public void A_renewal_carries_only_unmet_goals_into_the_new_plan_once()
    {
        var w = new PlanWorld();
        var done = w.Plan.AddGoal(GoalArea.CityOrientation, null, "Use the metro alone", "Goes to the job centre", null, w.MenteeEditor, PlanWorld.At);
        w.Plan.SetGoalStatus(done.Id, GoalStatus.Achieved, null, w.MenteeEditor, PlanWorld.At);
        var open = w.Plan.AddGoal(GoalArea.LabourMarketOrientation, null, "A job in a bakery", "A contract", null, w.MenteeEditor, PlanWorld.At);
        w.Plan.SetGoalStatus(open.Id, GoalStatus.InProgress, null, w.MenteeEditor, PlanWorld.At);
        Assert.Equal("ProcessNotClosed", Assert.Throws<DomainException>(() => Renewal.Of(w.Process, w.Plan, [open.Id], RenewalMentor.SameMentor, PlanWorld.At)).Code);
        Close(w);

        Assert.Equal("GoalAchieved", Assert.Throws<DomainValidationException>(() => Renewal.Of(w.Process, w.Plan, [done.Id], RenewalMentor.SameMentor, PlanWorld.At)).Code);
        var renewal = Renewal.Of(w.Process, w.Plan, [open.Id], RenewalMentor.MatchBoard, PlanWorld.At);
        Assert.True(renewal.IsPending);
        Assert.Equal("RenewalMismatch", Assert.Throws<DomainException>(() => renewal.CarryInto(w.Process, Manager, PlanWorld.At)).Code);
    }
}
