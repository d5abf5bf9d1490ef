using Ponte.Domain.Mentoring;
using Xunit;

namespace Ponte.Domain.Tests.Mentoring;

public sealed class NeedsAttentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static AttentionFacts Quiet(DateTimeOffset since, DateTimeOffset? lastMeeting = null) =>
        new(Guid.NewGuid(), since, lastMeeting, null, null, null, null, null, null);

    [Fact]
    public void A_pair_without_a_logged_meeting_for_the_threshold_needs_attention_from_the_day_it_was_reached()
    {
        var since = Now.AddDays(-30);
        Assert.Equal([new AttentionItem(AttentionReason.NoMeetingLogged, since.AddDays(21))], NeedsAttention.Reasons(Quiet(since), 21, Now));
        Assert.Empty(NeedsAttention.Reasons(Quiet(since, lastMeeting: Now.AddDays(-20)), 21, Now));
        Assert.Single(NeedsAttention.Reasons(Quiet(since, lastMeeting: Now.AddDays(-21)), 21, Now));
        // A programme with a longer threshold waits longer.
        Assert.Empty(NeedsAttention.Reasons(Quiet(since), 31, Now));
    }

    [Fact]
    public void Every_reason_is_named_and_the_newest_comes_first()
    {
        var facts = new AttentionFacts(
            Guid.NewGuid(), Now.AddDays(-60), Now.AddDays(-50),
            FirstSilentCheckInAt: Now.AddDays(-3), NotAGoodFitAt: Now.AddDays(-1), LowScoreAt: Now.AddDays(-2),
            OpenConcernSince: Now.AddHours(-1), ReviewDueAt: Now.AddDays(-10), PlannedEndAt: Now.AddDays(-5));
        Assert.Equal(
            [AttentionReason.OpenConcern, AttentionReason.NotAGoodFit, AttentionReason.LowCheckInScore, AttentionReason.CheckInsUnanswered,
             AttentionReason.PastPlannedEnd, AttentionReason.PlanReviewPassed, AttentionReason.NoMeetingLogged],
            NeedsAttention.Reasons(facts, 21, Now).Select(r => r.Reason));
    }

    [Fact]
    public void Dates_still_ahead_are_no_reason_yet()
    {
        var facts = new AttentionFacts(Guid.NewGuid(), Now.AddDays(-1), null, null, null, null, null, ReviewDueAt: Now.AddDays(1), PlannedEndAt: Now);
        Assert.Empty(NeedsAttention.Reasons(facts, 21, Now));
    }

    [Fact]
    public void The_list_holds_only_processes_with_a_reason_newest_first()
    {
        var calm = Quiet(Now.AddDays(-2));
        var older = Quiet(Now.AddDays(-40));
        var newer = Quiet(Now.AddDays(-25));
        var rows = NeedsAttention.List([calm, older, newer], _ => 21, Now);
        Assert.Equal([newer.ProcessId, older.ProcessId], rows.Select(r => r.ProcessId));
    }

    [Fact]
    public void Quiet_nudges_come_at_ten_twenty_one_and_ninety_days()
    {
        var since = Now.AddDays(-30);
        Assert.Empty(QuietNudges.Due(since, since.AddDays(10).AddSeconds(-1)));
        Assert.Equal([QuietNudge.Mentor], QuietNudges.Due(since, since.AddDays(10)));
        Assert.Equal([QuietNudge.Mentor, QuietNudge.Both], QuietNudges.Due(since, since.AddDays(21)));
        Assert.Equal([QuietNudge.Mentor, QuietNudge.Both, QuietNudge.Manager], QuietNudges.Due(since, since.AddDays(90)));
    }
}
