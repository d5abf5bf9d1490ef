namespace Ponte.Domain.Mentoring;

/// <summary>Why a process is on a manager's needs-attention list.</summary>
public enum AttentionReason
{
    /// <summary>No meeting logged for the programme's threshold (21 days unless it says otherwise).</summary>
    NoMeetingLogged = 0,

    /// <summary>A check-in was reminded and still not answered.</summary>
    CheckInsUnanswered = 1,

    NotAGoodFit = 2,

    /// <summary>A check-in answered with a score of 2 or less.</summary>
    LowCheckInScore = 3,

    OpenConcern = 4,

    PlanReviewPassed = 5,

    PastPlannedEnd = 6,
}

/// <summary>
/// What is known about one open process that the needs-attention rules read, each the moment it
/// began: <see cref="QuietSince"/> its last logged meeting or when it last became active (null while
/// it is not active), then the latest silent check-in, the latest "not a good fit", the latest low
/// score still standing, the oldest open concern, the day after its missed plan review, its planned end.
/// </summary>
public sealed record AttentionFacts(
    Guid ProcessId,
    DateTimeOffset? QuietSince,
    DateTimeOffset? SilentCheckInAt = null,
    DateTimeOffset? NotAGoodFitAt = null,
    DateTimeOffset? LowScoreAt = null,
    DateTimeOffset? OpenConcernSince = null,
    DateTimeOffset? ReviewDueAt = null,
    DateTimeOffset? PlannedEndAt = null);

/// <summary>One reason, and the moment it began to hold.</summary>
public sealed record AttentionItem(AttentionReason Reason, DateTimeOffset Since);

/// <summary>A process on the list: its reasons, newest first.</summary>
public sealed record AttentionRow(Guid ProcessId, IReadOnlyList<AttentionItem> Reasons)
{
    public DateTimeOffset Newest => Reasons[0].Since;
}

/// <summary>The needs-attention rules: pure, so the list, the tests and the API agree on every reason.</summary>
public static class NeedsAttention
{
    public const int DefaultNoMeetingDays = 21;
    public const int MinNoMeetingDays = 7;
    public const int MaxNoMeetingDays = 120;

    /// <summary>The reasons that hold for a process now, newest first (empty: it needs no attention).</summary>
    public static IReadOnlyList<AttentionItem> Reasons(AttentionFacts facts, int noMeetingDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfLessThan(noMeetingDays, 1);
        var reasons = new List<AttentionItem>();
        if (facts.QuietSince?.AddDays(noMeetingDays) is { } quietDue && quietDue <= now)
            reasons.Add(new(AttentionReason.NoMeetingLogged, quietDue));
        Add(reasons, AttentionReason.CheckInsUnanswered, facts.SilentCheckInAt, now);
        Add(reasons, AttentionReason.NotAGoodFit, facts.NotAGoodFitAt, now);
        Add(reasons, AttentionReason.LowCheckInScore, facts.LowScoreAt, now);
        Add(reasons, AttentionReason.OpenConcern, facts.OpenConcernSince, now);
        Add(reasons, AttentionReason.PlanReviewPassed, facts.ReviewDueAt, now, strictlyPast: true);
        Add(reasons, AttentionReason.PastPlannedEnd, facts.PlannedEndAt, now, strictlyPast: true);
        return [.. reasons.OrderByDescending(r => r.Since).ThenBy(r => r.Reason)];
    }

    /// <summary>The list: every process with at least one reason, the newest reason first.</summary>
    public static IReadOnlyList<AttentionRow> List(IEnumerable<AttentionFacts> processes, Func<Guid, int> noMeetingDaysOf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(noMeetingDaysOf);
        return [.. processes
            .Select(p => new AttentionRow(p.ProcessId, Reasons(p, noMeetingDaysOf(p.ProcessId), now)))
            .Where(r => r.Reasons.Count > 0)
            .OrderByDescending(r => r.Newest).ThenBy(r => r.ProcessId)];
    }

    private static void Add(List<AttentionItem> reasons, AttentionReason reason, DateTimeOffset? at, DateTimeOffset now, bool strictlyPast = false)
    {
        if (at is { } since && (strictlyPast ? since < now : since <= now))
            reasons.Add(new(reason, since));
    }
}

/// <summary>Nudges before a quiet process reaches the manager, each sent once per quiet spell.</summary>
public enum QuietNudge
{
    /// <summary>10 days without a logged meeting: the mentor is reminded.</summary>
    Mentor = 10,

    /// <summary>21 days: both sides are reminded.</summary>
    Both = 21,

    /// <summary>90 days without a logged meeting: the manager is asked to close or pause it (she decides; nothing closes by itself).</summary>
    Manager = 90,
}

public static class QuietNudges
{
    /// <summary>
    /// The nudges due by now for a spell that began at <paramref name="quietSince"/>, in order. A
    /// spell ends with the next logged meeting, so a send is keyed by process, nudge and spell start.
    /// </summary>
    public static IReadOnlyList<QuietNudge> Due(DateTimeOffset quietSince, DateTimeOffset now) =>
        [.. Enum.GetValues<QuietNudge>().Where(n => quietSince.AddDays((int)n) <= now)];
}

/// <summary>The moments of a process the check-ins and the quiet rules count from, read from its timeline.</summary>
public static class ProcessMoments
{
    /// <summary>When the process first became active (its check-in rounds count from here); null if it never did.</summary>
    public static DateTimeOffset? ActiveSince(MentoringProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return process.Timeline.FirstOrDefault(l => l.Event == ProcessEvents.Activated)?.At;
    }

    /// <summary>
    /// Since when the process has been quiet: its last logged meeting, or the last time it became
    /// active or was resumed if that is later (a pause does not count as silence).
    /// </summary>
    public static DateTimeOffset? QuietSince(MentoringProcess process, DateTimeOffset? lastMeetingHeldAt)
    {
        ArgumentNullException.ThrowIfNull(process);
        var woke = process.Timeline.LastOrDefault(l => l.Event is ProcessEvents.Activated or ProcessEvents.Resumed)?.At;
        if (woke is null)
            return null;
        return lastMeetingHeldAt is { } held && held > woke ? held : woke;
    }

    /// <summary>When the process is planned to end: the agreement's duration from the day it became active.</summary>
    public static DateTimeOffset? PlannedEnd(MentoringProcess process) =>
        ActiveSince(process) is { } since && process.Agreement is { } agreement ? since.AddMonths(agreement.Terms.DurationMonths) : null;
}
