using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.PlanWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>The steps to employment and to study in a support plan, and what the outcome indicators read from them.</summary>
public sealed class SupportPlanStepsTests
{
    [Fact]
    public void A_job_application_is_added_trimmed_with_a_line_on_the_plans_history()
    {
        var w = new PlanWorld();

        var job = w.Plan.AddJobApplication("  Fazer Bakeries ", " Pastry chef ", Today.AddDays(-3), w.MenteeEditor, At);

        Assert.Same(job, Assert.Single(w.Plan.JobApplications));
        Assert.Equal((1, "Fazer Bakeries", "Pastry chef", Today.AddDays(-3), At), (job.Position, job.Employer, job.Role, job.AppliedOn, job.AddedAt));
        Assert.Empty(job.Steps);
        var line = w.Plan.History[^1];
        Assert.Equal((SupportPlanEvents.JobApplicationAdded, "Active", "Active", w.Mentee.UserId), (line.Event, line.FromStatus, line.ToStatus, line.ActorUserId));
        Assert.Equal($"{job.Id}: Employer: (none) → Fazer Bakeries; Role: (none) → Pastry chef; AppliedOn: (none) → 2026-12-08", line.Detail);
    }

    [Fact]
    public void A_job_applications_fields_are_checked()
    {
        var w = new PlanWorld();
        (string, string) Refused(Action add) => Field(Assert.Throws<DomainValidationException>(add));

        Assert.Equal(("Employer", "Required"), Refused(() => w.Plan.AddJobApplication(" ", "Baker", Today, w.MenteeEditor, At)));
        Assert.Equal(("Employer", "MaxLength"), Refused(() => w.Plan.AddJobApplication(new string('e', 201), "Baker", Today, w.MenteeEditor, At)));
        Assert.Equal(("Role", "Required"), Refused(() => w.Plan.AddJobApplication("Fazer", null, Today, w.MenteeEditor, At)));
        Assert.Equal(("Role", "MaxLength"), Refused(() => w.Plan.AddJobApplication("Fazer", new string('r', 201), Today, w.MenteeEditor, At)));
        Assert.Equal(("AppliedOn", "DateInFuture"), Refused(() => w.Plan.AddJobApplication("Fazer", "Baker", Today.AddDays(2), w.MenteeEditor, At)));
        Assert.Empty(w.Plan.JobApplications);
        Assert.Single(w.Plan.History);

        w.Plan.AddJobApplication(new string('e', 200), new string('r', 200), Today, w.MenteeEditor, At);
        Assert.True(w.Plan.History[^1].Detail!.Length <= SupportPlan.HistoryDetailMax);
    }

    [Fact]
    public void A_study_applications_fields_are_checked()
    {
        var w = new PlanWorld();
        (string, string) Refused(Action add) => Field(Assert.Throws<DomainValidationException>(add));

        Assert.Equal(("Institution", "Required"), Refused(() => w.Plan.AddStudyApplication("", "Finnish", Today, w.MenteeEditor, At)));
        Assert.Equal(("Institution", "MaxLength"), Refused(() => w.Plan.AddStudyApplication(new string('i', 201), "Finnish", Today, w.MenteeEditor, At)));
        Assert.Equal(("Course", "Required"), Refused(() => w.Plan.AddStudyApplication("College", "  ", Today, w.MenteeEditor, At)));
        Assert.Equal(("Course", "MaxLength"), Refused(() => w.Plan.AddStudyApplication("College", new string('c', 201), Today, w.MenteeEditor, At)));
        Assert.Equal(("AppliedOn", "DateInFuture"), Refused(() => w.Plan.AddStudyApplication("College", "Finnish", Today.AddDays(2), w.MenteeEditor, At)));
        Assert.Empty(w.Plan.StudyApplications);

        var study = w.Plan.AddStudyApplication(" College ", " Finnish ", Today, w.MenteeEditor, At);
        Assert.Equal(("College", "Finnish", 1), (study.Institution, study.Course, study.Position));
        Assert.Equal(SupportPlanEvents.StudyApplicationAdded, w.Plan.History[^1].Event);
    }

    [Fact]
    public void A_plan_holds_at_most_a_hundred_applications_of_each_kind()
    {
        var w = new PlanWorld();
        for (var i = 0; i < SupportPlan.MaxApplications; i++)
        {
            w.Job();
            w.Study();
        }

        var job = Assert.Throws<DomainException>(() => w.Job());
        var study = Assert.Throws<DomainException>(() => w.Study());

        Assert.Equal(("TooManyApplications", "TooManyApplications"), (job.Code, study.Code));
        Assert.Equal([100], job.Args);
        Assert.Equal(Enumerable.Range(1, 100), w.Plan.JobApplications.Select(a => a.Position));
        Assert.Equal(100, w.Plan.StudyApplications.Count);
    }

    [Fact]
    public void Correcting_an_application_writes_what_changed_and_the_same_values_write_nothing()
    {
        var w = new PlanWorld();
        var job = w.Job(Today.AddDays(-10));
        var study = w.Study(Today.AddDays(-10));
        var lines = w.Plan.History.Count;

        Assert.False(w.Plan.EditJobApplication(job.Id, " Fazer Bakeries", "Pastry chef ", Today.AddDays(-10), w.MentorEditor, At));
        Assert.False(w.Plan.EditStudyApplication(study.Id, "Helsinki Vocational College", "Finnish for working life", Today.AddDays(-10), w.MentorEditor, At));
        Assert.Equal(lines, w.Plan.History.Count);

        Assert.True(w.Plan.EditJobApplication(job.Id, "Fazer Bakeries", "Baker", Today.AddDays(-9), w.MentorEditor, At));
        Assert.True(w.Plan.EditStudyApplication(study.Id, "Helsinki Vocational College", "Finnish B1", Today.AddDays(-10), w.MentorEditor, At));

        Assert.Equal(("Baker", Today.AddDays(-9)), (job.Role, job.AppliedOn));
        Assert.Equal("Finnish B1", study.Course);
        Assert.Equal(
            [(SupportPlanEvents.JobApplicationEdited, $"{job.Id}: Role: Pastry chef → Baker; AppliedOn: 2026-12-01 → 2026-12-02", w.Mentor.UserId),
             (SupportPlanEvents.StudyApplicationEdited, $"{study.Id}: Course: Finnish for working life → Finnish B1", w.Mentor.UserId)],
            w.Plan.History.TakeLast(2).Select(l => (l.Event, l.Detail!, l.ActorUserId)));
    }

    [Fact]
    public void An_application_date_is_not_moved_after_one_of_its_steps_nor_into_the_future()
    {
        var w = new PlanWorld();
        var job = w.Job(Today.AddDays(-10));
        var study = w.Study(Today.AddDays(-10));
        w.Plan.RecordJobStep(job.Id, EmploymentStep.CvScreening, Today.AddDays(-5), StepOutcome.Passed, null, w.MenteeEditor, At);
        w.Plan.RecordStudyStep(study.Id, StudyStep.Eligibility, Today.AddDays(-5), StudyOutcome.Passed, null, w.MenteeEditor, At);

        var jobRefused = Assert.Throws<DomainValidationException>(() => w.Plan.EditJobApplication(job.Id, "Fazer Bakeries", "Pastry chef", Today.AddDays(-4), w.MenteeEditor, At));
        var studyRefused = Assert.Throws<DomainValidationException>(() => w.Plan.EditStudyApplication(study.Id, "College", "Finnish", Today.AddDays(-4), w.MenteeEditor, At));
        Assert.Equal(("AppliedOn", "StepBeforeApplication"), Field(jobRefused));
        Assert.Equal(("AppliedOn", "StepBeforeApplication"), Field(studyRefused));
        Assert.Equal(("AppliedOn", "DateInFuture"), Field(Assert.Throws<DomainValidationException>(() =>
            w.Plan.EditJobApplication(job.Id, "Fazer Bakeries", "Pastry chef", Today.AddDays(5), w.MenteeEditor, At))));
        Assert.Equal(Today.AddDays(-10), job.AppliedOn);
        Assert.Equal("Helsinki Vocational College", study.Institution);

        Assert.True(w.Plan.EditJobApplication(job.Id, "Fazer Bakeries", "Pastry chef", Today.AddDays(-5), w.MenteeEditor, At));
    }

    [Fact]
    public void An_unknown_application_is_refused()
    {
        var w = new PlanWorld();
        var job = w.Job();
        var study = w.Study();

        Assert.Equal("ApplicationNotFound", Assert.Throws<DomainException>(() => w.Plan.RecordJobStep(study.Id, EmploymentStep.Interview, Today, StepOutcome.Pending, null, w.MenteeEditor, At)).Code);
        Assert.Equal("ApplicationNotFound", Assert.Throws<DomainException>(() => w.Plan.RecordStudyStep(job.Id, StudyStep.Decision, Today, StudyOutcome.Admitted, null, w.MenteeEditor, At)).Code);
        Assert.Equal("ApplicationNotFound", Assert.Throws<DomainException>(() => w.Plan.EditJobApplication(Guid.NewGuid(), "Fazer", "Baker", Today, w.MenteeEditor, At)).Code);
        Assert.Equal("ApplicationNotFound", Assert.Throws<DomainException>(() => w.Plan.EditStudyApplication(job.Id, "College", "Finnish", Today, w.MenteeEditor, At)).Code);
    }

    [Fact]
    public void Steps_are_shown_in_their_fixed_order_whatever_the_order_they_were_recorded_in()
    {
        var w = new PlanWorld();
        var job = w.Job(Today.AddDays(-10));

        w.Plan.RecordJobStep(job.Id, EmploymentStep.Interview, Today.AddDays(-2), StepOutcome.Passed, null, w.MenteeEditor, At);
        w.Plan.RecordJobStep(job.Id, EmploymentStep.Application, Today.AddDays(-10), StepOutcome.Passed, null, w.MenteeEditor, At);
        w.Plan.RecordJobStep(job.Id, EmploymentStep.ScreeningCall, Today.AddDays(-6), StepOutcome.Passed, " Spoke with HR ", w.MentorEditor, At);

        Assert.Equal([EmploymentStep.Application, EmploymentStep.ScreeningCall, EmploymentStep.Interview], job.Steps.Select(s => s.Step));
        Assert.Equal([EmploymentStep.Interview, EmploymentStep.Application, EmploymentStep.ScreeningCall], job.StepHistory.Select(s => s.Step));
        var call = job.CurrentStep(EmploymentStep.ScreeningCall)!;
        Assert.Equal((Today.AddDays(-6), StepOutcome.Passed, "Spoke with HR", At, w.Mentor.UserId!.Value, (DateTimeOffset?)null), (call.On, call.Outcome, call.Note, call.RecordedAt, call.RecordedById, call.ReplacedAt));
        Assert.Null(job.CurrentStep(EmploymentStep.ReferenceCheck));
    }

    [Fact]
    public void Recording_a_step_again_replaces_it_and_keeps_the_earlier_record()
    {
        var w = new PlanWorld();
        var job = w.Job(Today.AddDays(-10));

        // An interview booked for next week is recorded as pending, then as it went.
        Assert.True(w.Plan.RecordJobStep(job.Id, EmploymentStep.Interview, Today.AddDays(5), StepOutcome.Pending, null, w.MenteeEditor, At));
        Assert.False(w.Plan.RecordJobStep(job.Id, EmploymentStep.Interview, Today.AddDays(5), StepOutcome.Pending, "  ", w.MenteeEditor, At.AddDays(1)));
        Assert.True(w.Plan.RecordJobStep(job.Id, EmploymentStep.Interview, Today.AddDays(6), StepOutcome.Passed, "Moved a day", w.MentorEditor, At.AddDays(7)));

        var interview = Assert.Single(job.Steps);
        Assert.Equal((Today.AddDays(6), StepOutcome.Passed, "Moved a day"), (interview.On, interview.Outcome, interview.Note));
        Assert.Equal(2, job.StepHistory.Count);
        Assert.Equal(At.AddDays(7), job.StepHistory[0].ReplacedAt);
        Assert.Equal((Today.AddDays(5), StepOutcome.Pending), (job.StepHistory[0].On, job.StepHistory[0].Outcome));
        Assert.Equal(
            [(SupportPlanEvents.JobStepRecorded, null, "Pending", $"{job.Id}: Interview 2026-12-16", w.Mentee.UserId),
             (SupportPlanEvents.JobStepRecorded, (string?)"Pending", "Passed", $"{job.Id}: Interview 2026-12-17", w.Mentor.UserId)],
            w.Plan.History.TakeLast(2).Select(l => (l.Event, l.FromStatus, l.ToStatus, l.Detail!, l.ActorUserId)));
    }

    [Fact]
    public void A_step_is_not_dated_before_the_application_and_its_outcome_and_note_are_checked()
    {
        var w = new PlanWorld();
        var job = w.Job(Today.AddDays(-10));
        var study = w.Study(Today.AddDays(-10));

        var before = Assert.Throws<DomainValidationException>(() => w.Plan.RecordJobStep(job.Id, EmploymentStep.CvScreening, Today.AddDays(-11), StepOutcome.Passed, null, w.MenteeEditor, At));
        Assert.Equal(("On", "StepBeforeApplication"), Field(before));
        Assert.Equal([Today.AddDays(-10)], before.Args);
        Assert.Equal(("On", "StepBeforeApplication"), Field(Assert.Throws<DomainValidationException>(() =>
            w.Plan.RecordStudyStep(study.Id, StudyStep.Finance, Today.AddDays(-11), StudyOutcome.Passed, null, w.MenteeEditor, At))));
        Assert.Equal(("Step", "Invalid"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.RecordJobStep(job.Id, (EmploymentStep)8, Today, StepOutcome.Pending, null, w.MenteeEditor, At))));
        Assert.Equal(("Outcome", "Invalid"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.RecordJobStep(job.Id, EmploymentStep.Interview, Today, (StepOutcome)9, null, w.MenteeEditor, At))));
        Assert.Equal(("Step", "Invalid"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.RecordStudyStep(study.Id, (StudyStep)5, Today, StudyOutcome.Pending, null, w.MenteeEditor, At))));
        Assert.Equal(("Outcome", "Invalid"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.RecordStudyStep(study.Id, StudyStep.Finance, Today, (StudyOutcome)9, null, w.MenteeEditor, At))));
        Assert.Equal(("Note", "MaxLength"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.RecordJobStep(job.Id, EmploymentStep.Interview, Today, StepOutcome.Pending, new string('n', 501), w.MenteeEditor, At))));
        Assert.Equal(("Note", "MaxLength"), Field(Assert.Throws<DomainValidationException>(() => w.Plan.RecordStudyStep(study.Id, StudyStep.Finance, Today, StudyOutcome.Pending, new string('n', 501), w.MenteeEditor, At))));

        var offerAtInterview = Assert.Throws<DomainValidationException>(() => w.Plan.RecordJobStep(job.Id, EmploymentStep.Interview, Today, StepOutcome.Offer, null, w.MenteeEditor, At));
        Assert.Equal(("Outcome", "OutcomeNotForStep"), Field(offerAtInterview));
        Assert.Equal(["Interview", "Offer"], offerAtInterview.Args);
        Assert.Equal("OutcomeNotForStep", Assert.Throws<DomainValidationException>(() => w.Plan.RecordStudyStep(study.Id, StudyStep.Eligibility, Today, StudyOutcome.Admitted, null, w.MenteeEditor, At)).Code);
        Assert.Empty(job.StepHistory);
        Assert.Empty(study.StepHistory);

        // The application day itself is fine.
        Assert.True(w.Plan.RecordStudyStep(study.Id, StudyStep.Application, Today.AddDays(-10), StudyOutcome.Passed, null, w.MenteeEditor, At));
    }

    [Theory]
    [InlineData(EmploymentStep.CvScreening, StepOutcome.Offer, false)]
    [InlineData(EmploymentStep.Interview, StepOutcome.Declined, false)]
    [InlineData(EmploymentStep.DecisionAndOffer, StepOutcome.Passed, false)]
    [InlineData(EmploymentStep.DecisionAndOffer, StepOutcome.NotPassed, false)]
    [InlineData(EmploymentStep.DecisionAndOffer, StepOutcome.Offer, true)]
    [InlineData(EmploymentStep.DecisionAndOffer, StepOutcome.Declined, true)]
    [InlineData(EmploymentStep.DecisionAndOffer, StepOutcome.Pending, true)]
    [InlineData(EmploymentStep.DecisionAndOffer, StepOutcome.Withdrawn, true)]
    [InlineData(EmploymentStep.ReferenceCheck, StepOutcome.NotPassed, true)]
    [InlineData(EmploymentStep.Application, StepOutcome.Withdrawn, true)]
    public void Offer_and_declined_belong_to_the_decision_and_passed_and_not_passed_to_the_other_steps(EmploymentStep step, StepOutcome outcome, bool fits)
    {
        var w = new PlanWorld();
        var job = w.Job();
        Assert.Equal(fits, JobApplication.Fits(step, outcome));

        if (fits)
        {
            Assert.True(w.Plan.RecordJobStep(job.Id, step, Today, outcome, null, w.MenteeEditor, At));
        }
        else
        {
            Assert.Equal("OutcomeNotForStep", Assert.Throws<DomainValidationException>(() => w.Plan.RecordJobStep(job.Id, step, Today, outcome, null, w.MenteeEditor, At)).Code);
        }

        Assert.Equal(fits ? 1 : 0, job.Steps.Count);
    }

    [Theory]
    [InlineData(StudyStep.AssessmentTest, StudyOutcome.Admitted, false)]
    [InlineData(StudyStep.Finance, StudyOutcome.Refused, false)]
    [InlineData(StudyStep.Decision, StudyOutcome.Passed, false)]
    [InlineData(StudyStep.Decision, StudyOutcome.NotPassed, false)]
    [InlineData(StudyStep.Decision, StudyOutcome.Admitted, true)]
    [InlineData(StudyStep.Decision, StudyOutcome.Refused, true)]
    [InlineData(StudyStep.Decision, StudyOutcome.Withdrawn, true)]
    [InlineData(StudyStep.Eligibility, StudyOutcome.NotPassed, true)]
    [InlineData(StudyStep.Application, StudyOutcome.Pending, true)]
    public void Admitted_and_refused_belong_to_the_decision_and_passed_and_not_passed_to_the_other_steps(StudyStep step, StudyOutcome outcome, bool fits)
    {
        var w = new PlanWorld();
        var study = w.Study();
        Assert.Equal(fits, StudyApplication.Fits(step, outcome));

        if (fits)
        {
            Assert.True(w.Plan.RecordStudyStep(study.Id, step, Today, outcome, null, w.MenteeEditor, At));
        }
        else
        {
            Assert.Equal("OutcomeNotForStep", Assert.Throws<DomainValidationException>(() => w.Plan.RecordStudyStep(study.Id, step, Today, outcome, null, w.MenteeEditor, At)).Code);
        }

        Assert.Equal(fits ? 1 : 0, study.Steps.Count);
    }

    [Fact]
    public void Study_steps_are_recorded_replaced_and_kept_like_job_steps()
    {
        var w = new PlanWorld();
        var study = w.Study(Today.AddDays(-20));

        w.Plan.RecordStudyStep(study.Id, StudyStep.Decision, Today.AddDays(-2), StudyOutcome.Pending, null, w.MenteeEditor, At);
        w.Plan.RecordStudyStep(study.Id, StudyStep.Finance, Today.AddDays(-8), StudyOutcome.Passed, "Student grant approved", w.MentorEditor, At);
        Assert.False(w.Plan.RecordStudyStep(study.Id, StudyStep.Finance, Today.AddDays(-8), StudyOutcome.Passed, "Student grant approved ", w.MentorEditor, At));
        w.Plan.RecordStudyStep(study.Id, StudyStep.Decision, Today, StudyOutcome.Admitted, null, w.MenteeEditor, At.AddHours(1));

        Assert.Equal([(StudyStep.Finance, StudyOutcome.Passed), (StudyStep.Decision, StudyOutcome.Admitted)], study.Steps.Select(s => (s.Step, s.Outcome)));
        Assert.Equal(3, study.StepHistory.Count);
        Assert.Equal(At.AddHours(1), study.StepHistory[0].ReplacedAt);
        Assert.Equal("Student grant approved", study.CurrentStep(StudyStep.Finance)!.Note);
        var line = w.Plan.History[^1];
        Assert.Equal((SupportPlanEvents.StudyStepRecorded, "Pending", "Admitted", $"{study.Id}: Decision 2026-12-11"), (line.Event, line.FromStatus, line.ToStatus, line.Detail));
    }

    [Fact]
    public void The_indicators_read_the_current_interviews_offers_and_admissions_by_date()
    {
        var w = new PlanWorld();
        var fazer = w.Plan.AddJobApplication("Fazer", "Pastry chef", Today.AddDays(-30), w.MenteeEditor, At);
        var stockmann = w.Plan.AddJobApplication("Stockmann", "Café assistant", Today.AddDays(-40), w.MenteeEditor, At);
        var lidl = w.Plan.AddJobApplication("Lidl", "Bakery assistant", Today.AddDays(-40), w.MenteeEditor, At);
        var college = w.Study(Today.AddDays(-60));

        w.Plan.RecordJobStep(fazer.Id, EmploymentStep.Interview, Today.AddDays(-20), StepOutcome.Pending, null, w.MenteeEditor, At);
        w.Plan.RecordJobStep(fazer.Id, EmploymentStep.Interview, Today.AddDays(-10), StepOutcome.Passed, null, w.MenteeEditor, At);
        w.Plan.RecordJobStep(fazer.Id, EmploymentStep.DecisionAndOffer, Today.AddDays(-5), StepOutcome.Offer, "She took it", w.MenteeEditor, At);
        w.Plan.RecordJobStep(stockmann.Id, EmploymentStep.Interview, Today.AddDays(-15), StepOutcome.NotPassed, null, w.MenteeEditor, At);
        w.Plan.RecordJobStep(stockmann.Id, EmploymentStep.DecisionAndOffer, Today.AddDays(-14), StepOutcome.Declined, null, w.MenteeEditor, At);
        w.Plan.RecordJobStep(lidl.Id, EmploymentStep.DecisionAndOffer, Today.AddDays(-12), StepOutcome.Offer, null, w.MenteeEditor, At);
        w.Plan.RecordJobStep(lidl.Id, EmploymentStep.DecisionAndOffer, Today.AddDays(-11), StepOutcome.Withdrawn, "Recorded by mistake as an offer", w.MenteeEditor, At);
        w.Plan.RecordStudyStep(college.Id, StudyStep.Decision, Today.AddDays(-50), StudyOutcome.Admitted, null, w.MenteeEditor, At);

        Assert.Equal(
            [new JobInterview(stockmann.Id, "Stockmann", "Café assistant", Today.AddDays(-15), StepOutcome.NotPassed),
             new JobInterview(fazer.Id, "Fazer", "Pastry chef", Today.AddDays(-10), StepOutcome.Passed)],
            w.Plan.JobInterviews);
        Assert.Equal([new JobOffer(fazer.Id, "Fazer", "Pastry chef", Today.AddDays(-5))], w.Plan.JobOffers);
        Assert.Equal([new StudyAdmission(college.Id, "Helsinki Vocational College", "Finnish for working life", Today.AddDays(-50))], w.Plan.StudyAdmissions);
    }

    [Fact]
    public void Steps_need_an_editor_of_this_plan_while_the_process_is_agreed_or_active()
    {
        var w = new PlanWorld();
        var job = w.Job();
        var study = w.Study();
        var other = new PlanWorld();
        w.Process.Pause(PauseReason.Holidays, null, MentoringWorld.Manager, At);

        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => w.Plan.RecordJobStep(job.Id, EmploymentStep.Interview, Today, StepOutcome.Pending, null, w.MenteeEditor, At)).Code);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => w.Plan.AddStudyApplication("College", "Finnish", Today, w.MentorEditor, At)).Code);
        Assert.Equal("ProcessMismatch", Assert.Throws<DomainException>(() => w.Plan.RecordStudyStep(study.Id, StudyStep.Decision, Today, StudyOutcome.Admitted, null, other.MenteeEditor, At)).Code);
        Assert.Equal("ProcessMismatch", Assert.Throws<DomainException>(() => w.Plan.AddJobApplication("Fazer", "Baker", Today, other.MentorEditor, At)).Code);
        Assert.Empty(job.StepHistory);
        Assert.Empty(study.StepHistory);
        Assert.Single(w.Plan.JobApplications);
    }

    private static (string Field, string Code) Field(DomainValidationException refused) => (refused.Field, refused.Code);
}
