using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>The follow-ups after leaving: when each is due, the window it is asked in, one answer, one reminder, then silence.</summary>
public sealed class FollowUpTests
{
    private static readonly DateOnly LeftOn = new(2026, 3, 31);

    private static (MentoringProcess Process, Guid Mentor, Guid Mentee) Closed()
    {
        var (process, mentor, mentee) = new MentoringWorld().Active();
        process.Close(ClosingOutcome.Completed, null, null, [new LeavingSituationInput(mentee.Id, LabourMarketSituation.JobSearching, null, CefrLevel.A2, [])], Manager, Now);
        return (process, mentor.Id, mentee.Id);
    }

    [Theory]
    [InlineData(FollowUpKind.FourWeeks, "2026-04-28")]
    [InlineData(FollowUpKind.SixMonths, "2026-09-29")]
    public void Each_kind_falls_due_its_days_after_the_leaving_date(FollowUpKind kind, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), FollowUpSchedule.DueOn(LeftOn, kind));

    [Theory]
    [InlineData(0, null)]
    [InlineData(27, null)]
    [InlineData(28, FollowUpKind.FourWeeks)]
    [InlineData(181, FollowUpKind.FourWeeks)]
    [InlineData(182, FollowUpKind.SixMonths)]
    [InlineData(213, FollowUpKind.SixMonths)]
    [InlineData(214, null)]
    [InlineData(900, null)]
    public void Only_the_latest_kind_due_is_asked_and_nothing_after_the_six_month_window(int days, FollowUpKind? expected) =>
        Assert.Equal(expected, FollowUpSchedule.Due(LeftOn, LeftOn.AddDays(days)));

    [Fact]
    public void Only_a_mentee_of_a_closed_process_is_followed_up()
    {
        var (open, _, openMentee) = new MentoringWorld().Active();
        Assert.Equal("ProcessNotClosed", Assert.Throws<DomainException>(() => FollowUp.Ask(open, openMentee.Id, FollowUpKind.FourWeeks, LeftOn, Now)).Code);
        var (process, mentor, mentee) = Closed();
        Assert.Equal("MenteesOnly", Assert.Throws<DomainException>(() => FollowUp.Ask(process, mentor, FollowUpKind.FourWeeks, LeftOn, Now)).Code);

        var asked = FollowUp.Ask(process, mentee, FollowUpKind.SixMonths, LeftOn, Now);
        Assert.Equal((process.OrganisationId, FollowUpState.Sent, LeftOn.AddDays(182)), (asked.OrganisationId, asked.State, asked.DueOn));
    }

    [Fact]
    public void It_is_answered_once_with_her_situation_and_the_optional_facts_checked()
    {
        var (process, _, mentee) = Closed();
        var followUp = FollowUp.Ask(process, mentee, FollowUpKind.FourWeeks, LeftOn, Now);
        var her = new Actor(Guid.NewGuid(), "Olena");

        var nothing = Assert.Throws<DomainValidationException>(() => followUp.Answer(new FollowUpAnswer(null, null, null), her, false, Now));
        Assert.Equal(("Situation", "SituationRequired"), (nothing.Field, nothing.Code));
        var both = Assert.Throws<DomainValidationErrors>(() => followUp.Answer(new FollowUpAnswer(null, new string('x', FollowUp.QualificationMax + 1), (CefrLevel)42), her, false, Now));
        Assert.Equal(["LanguageLevel", "Qualification", "Situation"], both.Errors.Select(e => e.Field).Order());
        Assert.Equal(FollowUpState.Sent, followUp.State);

        followUp.Answer(new FollowUpAnswer(LabourMarketSituation.Employed, "  Care assistant certificate ", CefrLevel.B1), her, false, Now.AddDays(1));
        Assert.Equal((FollowUpState.Answered, LabourMarketSituation.Employed, "Care assistant certificate", CefrLevel.B1, false, her.UserId),
            (followUp.State, followUp.Situation, followUp.Qualification, followUp.LanguageLevel, followUp.RecordedForHer, followUp.AnsweredById));
        Assert.Equal("FollowUpAnswered", Assert.Throws<DomainException>(() => followUp.Answer(new FollowUpAnswer(LabourMarketSituation.Inactive, null, null), Manager, true, Now)).Code);
        Assert.False(followUp.Remind(Now.AddDays(30)));
    }

    [Fact]
    public void An_unanswered_one_is_reminded_once_a_week_on_then_silent_and_a_manager_may_still_record_a_late_answer_for_her()
    {
        var (process, _, mentee) = Closed();
        var followUp = FollowUp.Ask(process, mentee, FollowUpKind.SixMonths, LeftOn, Now);

        Assert.False(followUp.Remind(Now + FollowUp.RemindAfter - TimeSpan.FromMinutes(1)));
        Assert.True(followUp.Remind(Now + FollowUp.RemindAfter));
        Assert.False(followUp.Remind(Now + FollowUp.RemindAfter + TimeSpan.FromDays(1)));
        Assert.False(followUp.FallSilent(Now + FollowUp.RemindAfter + FollowUp.SilentAfter - TimeSpan.FromMinutes(1)));
        Assert.True(followUp.FallSilent(Now + FollowUp.RemindAfter + FollowUp.SilentAfter));
        Assert.Equal(FollowUpState.Silent, followUp.State);

        followUp.Answer(new FollowUpAnswer(LabourMarketSituation.SelfEmployed, null, null), Manager, true, Now.AddDays(20));
        Assert.Equal((FollowUpState.Answered, true, (CefrLevel?)null), (followUp.State, followUp.RecordedForHer, followUp.LanguageLevel));
    }
}
