using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;
using Ponte.Domain.Screening;
using Xunit;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>When a mentee is asked to assess herself again, its one reminder and its silence, and what answers it.</summary>
public sealed class SelfAssessmentScheduleTests
{
    private static readonly DateTimeOffset ActiveSince = MentoringWorld.Now.AddDays(3);

    private static Assessment Screening(Participant mentee, DateTimeOffset takenAt, AssessmentMode mode = AssessmentMode.SelfAssessment) =>
        Assessment.Record(mentee, mode, Indicators.All.Select(i => (i, 3, (string?)null)), MentoringWorld.Manager, takenAt);

    [Fact]
    public void With_no_screening_since_the_process_became_active_the_interval_counts_from_that_day()
    {
        var before = ActiveSince.AddDays(-30); // her intake screening, before the match
        Assert.Equal(ActiveSince.AddDays(70), SelfAssessmentSchedule.DueAt(ActiveSince, before, null, 10));
        Assert.Equal(ActiveSince.AddDays(70), SelfAssessmentSchedule.DueAt(ActiveSince, null, null, 10));
        Assert.False(SelfAssessmentSchedule.IsDue(ActiveSince, null, null, 10, ActiveSince.AddDays(70).AddMinutes(-1)));
        Assert.True(SelfAssessmentSchedule.IsDue(ActiveSince, null, null, 10, ActiveSince.AddDays(70)));
    }

    [Fact]
    public void Her_latest_screening_of_any_mode_or_her_last_request_moves_the_next_one_an_interval_on()
    {
        var screened = ActiveSince.AddDays(20);
        Assert.Equal(screened.AddDays(42), SelfAssessmentSchedule.DueAt(ActiveSince, screened, null, 6));
        // Asked and silent: the next request is one interval after that one, not at once.
        var asked = ActiveSince.AddDays(70);
        Assert.Equal(asked.AddDays(70), SelfAssessmentSchedule.DueAt(ActiveSince, null, asked, 10));
        Assert.False(SelfAssessmentSchedule.IsDue(ActiveSince, null, asked, 10, asked.AddDays(30)));
        // Answered a few days after she was asked: the interval counts from her answer.
        Assert.Equal(asked.AddDays(73), SelfAssessmentSchedule.DueAt(ActiveSince, asked.AddDays(3), asked, 10));
    }

    [Fact]
    public void A_request_is_reminded_once_after_five_days_then_counts_as_silence_and_still_takes_a_late_answer()
    {
        var (process, _, mentee) = MeetingWorld.ActivePair();
        var asked = ActiveSince.AddDays(70);
        var request = CheckIn.Ask(process, mentee.Id, CheckInKind.SelfAssessment, 1, asked);
        Assert.False(request.Remind(asked.AddDays(5).AddMinutes(-1)));
        Assert.True(request.Remind(asked.AddDays(5)));
        Assert.False(request.Remind(asked.AddDays(6)));
        Assert.False(request.ReminderDue(asked.AddDays(9)));
        Assert.True(request.FallSilent(asked.AddDays(10)));
        Assert.Equal(CheckInState.Silent, request.State);

        var late = Screening(mentee, asked.AddDays(12));
        request.AnswerSelfAssessment(late, asked.AddDays(12));
        Assert.Equal((CheckInState.Answered, late.Id), (request.State, request.AssessmentId));
        Assert.Equal("CheckInAnswered", Assert.Throws<DomainException>(() => request.AnswerSelfAssessment(late, asked.AddDays(13))).Code);
    }

    [Fact]
    public void Only_her_own_screening_taken_since_she_was_asked_answers_it()
    {
        var (process, mentee, others) = Group();
        var asked = ActiveSince.AddDays(70);
        var request = CheckIn.Ask(process, mentee.Id, CheckInKind.SelfAssessment, 1, asked);

        Assert.False(SelfAssessmentSchedule.Answers(request, Screening(others[0], asked.AddHours(1))));
        Assert.False(SelfAssessmentSchedule.Answers(request, Screening(mentee, asked.AddDays(-20), AssessmentMode.WithStaff)));
        // A screening typed as today's date is dated noon: a request sent that afternoon still takes it.
        Assert.True(SelfAssessmentSchedule.Answers(request, Screening(mentee, asked.AddHours(-3))));
        Assert.True(SelfAssessmentSchedule.Answers(request, Screening(mentee, asked.AddDays(2), AssessmentMode.WithStaff)));
        Assert.Equal("NotHerScreening", Assert.Throws<DomainException>(() => request.AnswerSelfAssessment(Screening(others[0], asked.AddHours(1)), asked)).Code);
        Assert.Equal(CheckInState.Sent, request.State);
    }

    [Fact]
    public void Only_a_mentee_is_asked_and_the_request_is_not_answered_as_a_check_in()
    {
        var (process, mentor, mentee) = MeetingWorld.ActivePair();
        Assert.Equal("MenteesOnly", Assert.Throws<DomainException>(() => CheckIn.Ask(process, mentor.Id, CheckInKind.SelfAssessment, 1, ActiveSince)).Code);
        Assert.Equal("Round", Assert.Throws<DomainException>(() => CheckIn.Ask(process, mentee.Id, CheckInKind.SelfAssessment, 0, ActiveSince)).Code);
        var request = CheckIn.Ask(process, mentee.Id, CheckInKind.SelfAssessment, 1, ActiveSince);
        Assert.Equal("CheckInKind", Assert.Throws<DomainException>(() => request.AnswerPeriodic(4, true, null, ActiveSince)).Code);
        Assert.Equal("CheckInKind", Assert.Throws<DomainException>(() => request.AnswerFit(FitAnswer.GoodFit, null, ActiveSince)).Code);
        var periodic = CheckIn.Ask(process, mentee.Id, CheckInKind.Periodic, 1, ActiveSince);
        Assert.Equal("CheckInKind", Assert.Throws<DomainException>(() => periodic.AnswerSelfAssessment(Screening(mentee, ActiveSince), ActiveSince)).Code);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(27)]
    public void The_programmes_interval_is_six_to_twenty_six_weeks(int weeks)
    {
        var programme = new MentoringWorld().Programme;
        Assert.Equal(SelfAssessmentSchedule.DefaultIntervalWeeks, programme.SelfAssessmentIntervalWeeks);
        var refusal = Assert.Throws<DomainValidationException>(() => programme.SetSelfAssessmentIntervalWeeks(weeks));
        Assert.Equal((nameof(Programme.SelfAssessmentIntervalWeeks), "Range"), (refusal.Field, refusal.Code));
        programme.SetSelfAssessmentIntervalWeeks(13);
        Assert.Equal(13, programme.SelfAssessmentIntervalWeeks);
    }

    private static (MentoringProcess Process, Participant Mentee, IReadOnlyList<Participant> Others) Group()
    {
        var (process, _, _, mentees) = MeetingWorld.ActiveGroup();
        return (process, mentees[0], mentees.Skip(1).ToList());
    }
}
