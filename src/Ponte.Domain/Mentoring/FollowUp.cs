using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

public enum FollowUpKind
{
    /// <summary>Four weeks (28 days) after she left.</summary>
    FourWeeks = 0,

    /// <summary>Six months (182 days) after she left.</summary>
    SixMonths = 1,
}

public enum FollowUpState
{
    /// <summary>Sent and waiting for her answer.</summary>
    Sent = 0,

    Answered = 1,

    /// <summary>Reminded once and still not answered (a late answer is still taken).</summary>
    Silent = 2,
}

/// <summary>What she (or a manager, for her) answers to "what is your situation now?", as typed.</summary>
public sealed record FollowUpAnswer(LabourMarketSituation? Situation, string? Qualification, CefrLevel? LanguageLevel);

/// <summary>
/// When a mentee who left is asked about her situation: 28 and 182 days after the local date she
/// left (her process closed). Only the latest kind due is asked, and nothing after 213 days: an
/// answer later than that is outside the funder's six-month window, so a site that starts on old
/// data does not write to women who left years ago.
/// </summary>
public static class FollowUpSchedule
{
    public const int FourWeeksDays = 28;
    public const int SixMonthsDays = 182;

    /// <summary>The last day after leaving that a six-month answer still counts (EECR05: leaving + 152 … + 213 days).</summary>
    public const int LastDay = 213;

    public static int DaysAfter(FollowUpKind kind) => kind switch
    {
        FollowUpKind.FourWeeks => FourWeeksDays,
        FollowUpKind.SixMonths => SixMonthsDays,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static DateOnly DueOn(DateOnly leftOn, FollowUpKind kind) => leftOn.AddDays(DaysAfter(kind));

    /// <summary>The kind to ask on <paramref name="today"/> (her organisation's local date), or null when none is.</summary>
    public static FollowUpKind? Due(DateOnly leftOn, DateOnly today)
    {
        var days = today.DayNumber - leftOn.DayNumber;
        return days switch
        {
            < FourWeeksDays => null,
            < SixMonthsDays => FollowUpKind.FourWeeks,
            <= LastDay => FollowUpKind.SixMonths,
            _ => null,
        };
    }
}

/// <summary>
/// "What is your situation now?" asked of a mentee four weeks or six months after her process closed
/// (completed or ended early). Asked once per process, mentee and kind, even when she has started a
/// new process since (the funder counts from the leaving); reminded once a week later, then silent.
/// Answered once, by her or by a manager for her (a phone call), which the record says.
/// </summary>
public sealed class FollowUp : VersionedEntity, IOrganisationOwned
{
    public const int QualificationMax = LeavingSituation.QualificationMax;

    /// <summary>An unanswered follow-up is reminded this long after it was sent.</summary>
    public static readonly TimeSpan RemindAfter = TimeSpan.FromDays(7);

    /// <summary>A reminded follow-up still unanswered this long after the reminder counts as silence.</summary>
    public static readonly TimeSpan SilentAfter = TimeSpan.FromDays(7);

    private FollowUp()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProcessId { get; private set; }

    /// <summary>The mentee asked.</summary>
    public Guid ParticipantId { get; private set; }

    public FollowUpKind Kind { get; private set; }

    /// <summary>The local date her process closed.</summary>
    public DateOnly LeftOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public FollowUpState State { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset? SilentAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public LabourMarketSituation? Situation { get; private set; }

    /// <summary>A qualification gained since she left; null for none.</summary>
    public string? Qualification { get; private set; }

    /// <summary>Her level in the host country's language now; null when she did not say.</summary>
    public CefrLevel? LanguageLevel { get; private set; }

    /// <summary>The account that recorded the answer (hers, or a manager's).</summary>
    public Guid? AnsweredById { get; private set; }

    /// <summary>A manager recorded the answer for her (she told it on the phone).</summary>
    public bool RecordedForHer { get; private set; }

    /// <summary>Asks a mentee of a closed process; the caller makes sure this kind was not asked before.</summary>
    public static FollowUp Ask(MentoringProcess process, Guid menteeId, FollowUpKind kind, DateOnly leftOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (!process.IsClosed)
            throw new DomainException("ProcessNotClosed", "A follow-up is asked after the process has closed.");
        if (!process.MenteeIds.Contains(menteeId))
            throw new DomainException("MenteesOnly", "Only a mentee of the process is followed up.");
        Guard.Defined(kind, nameof(Kind));
        return new FollowUp
        {
            OrganisationId = process.OrganisationId,
            ProcessId = process.Id,
            ParticipantId = menteeId,
            Kind = kind,
            LeftOn = leftOn,
            DueOn = FollowUpSchedule.DueOn(leftOn, kind),
            State = FollowUpState.Sent,
            SentAt = now,
        };
    }

    /// <summary>
    /// Her answer: her situation (required), a qualification gained since (optional) and her level
    /// in the host language (optional). <paramref name="forHer"/>: a manager records what she said.
    /// A silent follow-up still takes a late answer; an answered one takes no second.
    /// </summary>
    public void Answer(FollowUpAnswer answer, Actor actor, bool forHer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(actor);
        if (State == FollowUpState.Answered)
            throw new DomainException("FollowUpAnswered", "This follow-up has been answered already.");
        var checks = new FieldChecks();
        var situation = checks.Run(() => Guard.Defined(
            answer.Situation ?? throw new DomainValidationException(nameof(Situation), "SituationRequired", "Choose the answer that describes the situation now."), nameof(Situation)));
        var qualification = checks.Run(() => Guard.Optional(answer.Qualification, nameof(Qualification), QualificationMax));
        var level = checks.Run(() => answer.LanguageLevel is { } l ? Guard.Defined(l, nameof(LanguageLevel)) : (CefrLevel?)null);
        checks.ThrowIfAny();

        Situation = situation;
        Qualification = qualification;
        LanguageLevel = level;
        State = FollowUpState.Answered;
        AnsweredAt = now;
        AnsweredById = actor.UserId;
        RecordedForHer = forHer;
    }

    /// <summary>Whether a reminder is due now: sent, unanswered, not reminded yet, and long enough ago.</summary>
    public bool ReminderDue(DateTimeOffset now) => State == FollowUpState.Sent && RemindedAt is null && now >= SentAt + RemindAfter;

    /// <summary>Records the one reminder; false when none was due (so the caller sends nothing).</summary>
    public bool Remind(DateTimeOffset now)
    {
        if (!ReminderDue(now))
            return false;
        RemindedAt = now;
        return true;
    }

    /// <summary>Whether it now counts as silence: reminded, and still unanswered long enough after.</summary>
    public bool SilenceDue(DateTimeOffset now) => State == FollowUpState.Sent && RemindedAt is { } reminded && now >= reminded + SilentAfter;

    /// <summary>Counts it as silence; false when it was not due.</summary>
    public bool FallSilent(DateTimeOffset now)
    {
        if (!SilenceDue(now))
            return false;
        State = FollowUpState.Silent;
        SilentAt = now;
        return true;
    }
}
