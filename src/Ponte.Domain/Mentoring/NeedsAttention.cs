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
/// What is known about one open process that the needs-attention rules read. Dates are the
/// moments things happened; <see cref="LastMeetingHeldAt"/> is when the last logged meeting was held
/// and <see cref="Since"/> when the process last became active (or was resumed).
/// </summary>
public sealed record AttentionFacts(
    Guid ProcessId,
    DateTimeOffset Since,
    DateTimeOffset? LastMeetingHeldAt,
    DateTimeOffset? FirstSilentCheckInAt,
    DateTimeOffset? NotAGoodFitAt,
    DateTimeOffset? LowScoreAt,
    DateTimeOffset? OpenConcernSince,
    DateTimeOffset? ReviewDueAt,
    DateTimeOffset? PlannedEndAt);

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

    /// <summary>
    /// The reasons that hold for a process now, newest first (empty: it needs no attention).
    /// Quiet time counts from the last logged meeting, or from <see cref="AttentionFacts.Since"/>
    /// (the process became active or was resumed) when there is none since.
    /// </summary>
    public static IReadOnlyList<AttentionItem> Reasons(AttentionFacts facts, int noMeetingDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfLessThan(noMeetingDays, 1);
        var reasons = new List<AttentionItem>();
        var quietSince = Later(facts.LastMeetingHeldAt, facts.Since);
        var quietDue = quietSince.AddDays(noMeetingDays);
        if (quietDue <= now)
            reasons.Add(new(AttentionReason.NoMeetingLogged, quietDue));
        Add(reasons, AttentionReason.CheckInsUnanswered, facts.FirstSilentCheckInAt, now);
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

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
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
