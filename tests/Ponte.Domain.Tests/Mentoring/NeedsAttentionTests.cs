using Ponte.Domain.Mentoring;
using Xunit;

namespace Ponte.Domain.Tests.Mentoring;

public sealed class NeedsAttentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static AttentionFacts Quiet(DateTimeOffset since) => new(Guid.NewGuid(), since);

    [Fact]
    public void A_pair_without_a_logged_meeting_for_the_threshold_needs_attention_from_the_day_it_was_reached()
    {
        var since = Now.AddDays(-30);
        Assert.Equal([new AttentionItem(AttentionReason.NoMeetingLogged, since.AddDays(21))], NeedsAttention.Reasons(Quiet(since), 21, Now));
        Assert.Empty(NeedsAttention.Reasons(Quiet(Now.AddDays(-20)), 21, Now));
        Assert.Single(NeedsAttention.Reasons(Quiet(Now.AddDays(-21)), 21, Now));
        Assert.Empty(NeedsAttention.Reasons(new AttentionFacts(Guid.NewGuid(), QuietSince: null), 21, Now));
        // A programme with a longer threshold waits longer.
        Assert.Empty(NeedsAttention.Reasons(Quiet(since), 31, Now));
    }

    [Fact]
    public void Every_reason_is_named_and_the_newest_comes_first()
    {
        var facts = new AttentionFacts(
            Guid.NewGuid(), Now.AddDays(-50),
            SilentCheckInAt: Now.AddDays(-3), NotAGoodFitAt: Now.AddDays(-1), LowScoreAt: Now.AddDays(-2),
            OpenConcernSince: Now.AddHours(-1), ReviewDueAt: Now.AddDays(-10), PlannedEndAt: Now.AddDays(-5));
        Assert.Equal(
            [AttentionReason.OpenConcern, AttentionReason.NotAGoodFit, AttentionReason.LowCheckInScore, AttentionReason.CheckInsUnanswered,
             AttentionReason.PastPlannedEnd, AttentionReason.PlanReviewPassed, AttentionReason.NoMeetingLogged],
            NeedsAttention.Reasons(facts, 21, Now).Select(r => r.Reason));
    }

    [Fact]
    public void Dates_still_ahead_are_no_reason_yet()
    {
        var facts = new AttentionFacts(Guid.NewGuid(), Now.AddDays(-1), ReviewDueAt: Now.AddDays(1), PlannedEndAt: Now);
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

public sealed class ProcessMomentsTests
{
    [Fact]
    public void Quiet_time_counts_from_the_last_logged_meeting_or_the_last_time_the_process_woke()
    {
        var (process, _, _) = MeetingWorld.ActivePair();
        var active = ProcessMoments.ActiveSince(process)!.Value;
        Assert.Equal(active, ProcessMoments.QuietSince(process, null));
        Assert.Equal(active, ProcessMoments.QuietSince(process, active.AddDays(-3)));
        Assert.Equal(active.AddDays(3), ProcessMoments.QuietSince(process, active.AddDays(3)));

        process.Pause(Ponte.Domain.Mentoring.PauseReason.Illness, null, MentoringWorld.Manager, active.AddDays(10));
        process.Resume(null, MentoringWorld.Manager, active.AddDays(40));
        Assert.Equal(active.AddDays(40), ProcessMoments.QuietSince(process, active.AddDays(3)));
        Assert.Equal(active, ProcessMoments.ActiveSince(process));
    }
}
