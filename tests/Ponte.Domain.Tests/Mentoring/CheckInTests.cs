using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Programmes;
using Xunit;

namespace Ponte.Domain.Tests.Mentoring;

public sealed class CheckInTests
{
    private static readonly DateTimeOffset Sent = MeetingWorld.Today;

    [Fact]
    public void A_periodic_check_in_is_asked_of_a_participant_of_an_active_process_and_answered_once()
    {
        var (process, mentor, mentee) = MeetingWorld.ActivePair();
        var checkIn = CheckIn.Ask(process, mentee.Id, CheckInKind.Periodic, 1, Sent);
        Assert.Equal(CheckInState.Sent, checkIn.State);
        Assert.Equal(process.OrganisationId, checkIn.OrganisationId);

        checkIn.AnswerPeriodic(2, meetingsHappened: false, "  We could not find a time.  ", Sent.AddHours(3));
        Assert.Equal(CheckInState.Answered, checkIn.State);
        Assert.Equal(2, checkIn.Score);
        Assert.False(checkIn.MeetingsHappened);
        Assert.Equal("We could not find a time.", checkIn.ForOrganisation);
        Assert.True(checkIn.IsLow);
        Assert.Equal("CheckInAnswered", Assert.Throws<DomainException>(() => checkIn.AnswerPeriodic(5, true, null, Sent.AddHours(4))).Code);
        Assert.Equal(mentor.Id, CheckIn.Ask(process, mentor.Id, CheckInKind.Periodic, 1, Sent).ParticipantId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_score_outside_one_to_five_is_refused_against_its_field(int score)
    {
        var (process, _, mentee) = MeetingWorld.ActivePair();
        var checkIn = CheckIn.Ask(process, mentee.Id, CheckInKind.Periodic, 1, Sent);
        var refusal = Assert.Throws<DomainValidationException>(() => checkIn.AnswerPeriodic(score, true, null, Sent));
        Assert.Equal(("Score", "Range"), (refusal.Field, refusal.Code));
        Assert.Equal(CheckInState.Sent, checkIn.State);
    }

    [Fact]
    public void Only_the_processes_own_active_participants_are_asked_and_rounds_fit_their_kind()
    {
        var (process, _, mentee) = MeetingWorld.ActivePair();
        Assert.Equal("NotInProcess", Assert.Throws<DomainException>(() => CheckIn.Ask(process, Guid.NewGuid(), CheckInKind.Periodic, 1, Sent)).Code);
        Assert.Equal("Round", Assert.Throws<DomainException>(() => CheckIn.Ask(process, mentee.Id, CheckInKind.Periodic, 0, Sent)).Code);
        Assert.Equal("Round", Assert.Throws<DomainException>(() => CheckIn.Ask(process, mentee.Id, CheckInKind.FitCheck, 1, Sent)).Code);
        process.Pause(PauseReason.Holidays, null, MentoringWorld.Manager, Sent);
        Assert.Equal("ProcessState", Assert.Throws<DomainException>(() => CheckIn.Ask(process, mentee.Id, CheckInKind.Periodic, 1, Sent)).Code);
    }

    [Fact]
    public void A_fit_check_takes_a_fit_answer_and_not_a_score()
    {
        var (process, _, mentee) = MeetingWorld.ActivePair();
        var fit = CheckIn.Ask(process, mentee.Id, CheckInKind.FitCheck, 0, Sent);
        Assert.Equal("CheckInKind", Assert.Throws<DomainException>(() => fit.AnswerPeriodic(4, true, null, Sent)).Code);
        fit.AnswerFit(FitAnswer.NotAGoodFit, null, Sent.AddDays(1));
        Assert.True(fit.IsNotAGoodFit);
        Assert.Null(fit.Score);
        var periodic = CheckIn.Ask(process, mentee.Id, CheckInKind.Periodic, 1, Sent);
        Assert.Equal("CheckInKind", Assert.Throws<DomainException>(() => periodic.AnswerFit(FitAnswer.GoodFit, null, Sent)).Code);
    }

    [Fact]
    public void An_unanswered_check_in_is_reminded_once_then_counts_as_silence_and_a_late_answer_is_still_taken()
    {
        var (process, _, mentee) = MeetingWorld.ActivePair();
        var checkIn = CheckIn.Ask(process, mentee.Id, CheckInKind.Periodic, 1, Sent);
        var remindAt = Sent + CheckIn.RemindAfter;
        Assert.False(checkIn.Remind(remindAt.AddSeconds(-1)));
        Assert.False(checkIn.FallSilent(remindAt.AddDays(30)));
        Assert.True(checkIn.Remind(remindAt));
        Assert.False(checkIn.Remind(remindAt.AddDays(1)));
        Assert.Equal(remindAt, checkIn.RemindedAt);

        var silentAt = remindAt + CheckIn.SilentAfter;
        Assert.False(checkIn.FallSilent(silentAt.AddSeconds(-1)));
        Assert.True(checkIn.FallSilent(silentAt));
        Assert.False(checkIn.FallSilent(silentAt.AddDays(1)));
        Assert.Equal(CheckInState.Silent, checkIn.State);

        checkIn.AnswerPeriodic(4, true, null, silentAt.AddDays(2));
        Assert.Equal(CheckInState.Answered, checkIn.State);
        Assert.False(checkIn.Remind(silentAt.AddDays(3)));
    }

    [Theory]
    //  active since,          rhythm,                  now,                   latest round due
    [InlineData("2026-01-31", CheckInRhythm.Monthly, "2026-02-27", 0)]
    [InlineData("2026-01-31", CheckInRhythm.Monthly, "2026-02-28", 1)]
    [InlineData("2026-01-31", CheckInRhythm.Monthly, "2026-03-30", 1)]
    [InlineData("2026-01-31", CheckInRhythm.Monthly, "2026-03-31", 2)]
    [InlineData("2026-01-15", CheckInRhythm.Bimonthly, "2026-03-14", 0)]
    [InlineData("2026-01-15", CheckInRhythm.Bimonthly, "2026-03-15", 1)]
    [InlineData("2026-01-15", CheckInRhythm.Bimonthly, "2026-12-31", 5)]
    [InlineData("2026-01-15", CheckInRhythm.Quarterly, "2026-04-14", 0)]
    [InlineData("2026-01-15", CheckInRhythm.Quarterly, "2027-01-15", 4)]
    [InlineData("2026-01-15", CheckInRhythm.Monthly, "2025-12-01", 0)]
    public void The_latest_round_due_follows_the_programmes_rhythm_from_the_day_it_became_active(string since, CheckInRhythm rhythm, string now, int round)
    {
        var activeSince = DateTimeOffset.Parse(since + "T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var at = DateTimeOffset.Parse(now + "T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(round, CheckInSchedule.LatestRoundDue(activeSince, rhythm, at));
        if (round > 0)
            Assert.True(CheckInSchedule.DueAt(activeSince, rhythm, round) <= at);
        Assert.True(CheckInSchedule.DueAt(activeSince, rhythm, round + 1) > at);
    }
}
