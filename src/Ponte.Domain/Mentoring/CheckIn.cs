using Ponte.Domain.Common;
using Ponte.Domain.Programmes;
using Ponte.Domain.Screening;

namespace Ponte.Domain.Mentoring;

public enum CheckInKind
{
    /// <summary>At the programme's rhythm: how it is going, whether meetings happened, anything to tell.</summary>
    Periodic = 0,

    /// <summary>Once, after the process's first logged meeting: is this a good fit?</summary>
    FitCheck = 1,

    /// <summary>A mentee asked to take the SMILE self-assessment again at her programme's interval; answered by recording it.</summary>
    SelfAssessment = 2,
}

public enum CheckInState
{
    /// <summary>Sent and waiting for her answer.</summary>
    Sent = 0,

    Answered = 1,

    /// <summary>Reminded once and still not answered: counted as silence (a late answer is still taken).</summary>
    Silent = 2,
}

public enum FitAnswer
{
    GoodFit = 0,
    StillDeciding = 1,
    NotAGoodFit = 2,
}

/// <summary>
/// One question sent to one participant of a mentoring process: a periodic check-in (round 1, 2, …
/// at the programme's rhythm from the day the process became active) or the fit check after the
/// first logged meeting (round 0). A (process, participant, kind, round) is asked once; it is
/// reminded once, then counts as silence.
/// </summary>
public sealed class CheckIn : VersionedEntity, IOrganisationOwned
{
    public const int NoteMax = 1000;
    public const int LowScore = 2;

    /// <summary>An unanswered check-in is reminded this long after it was sent.</summary>
    public static readonly TimeSpan RemindAfter = TimeSpan.FromDays(5);

    /// <summary>A reminded check-in still unanswered this long after the reminder counts as silence.</summary>
    public static readonly TimeSpan SilentAfter = TimeSpan.FromDays(5);

    private CheckIn()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProcessId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public CheckInKind Kind { get; private set; }

    /// <summary>1, 2, … for periodic check-ins; 0 for the fit check.</summary>
    public int Round { get; private set; }

    public CheckInState State { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset? SilentAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>How it is going, 1 (badly) to 5 (very well); periodic check-ins only.</summary>
    public int? Score { get; private set; }

    /// <summary>Whether the meetings planned since the last check-in happened; periodic check-ins only.</summary>
    public bool? MeetingsHappened { get; private set; }

    public FitAnswer? Fit { get; private set; }

    /// <summary>Anything the organisation should know; read by the organisation's managers, not by the other side.</summary>
    public string? ForOrganisation { get; private set; }

    /// <summary>The screening that answered a self-assessment request.</summary>
    public Guid? AssessmentId { get; private set; }

    public bool IsLow => Score is { } score && score <= LowScore;

    public bool IsNotAGoodFit => Fit == FitAnswer.NotAGoodFit;

    /// <summary>Asks a participant of an active process; the caller makes sure this round was not asked before.</summary>
    public static CheckIn Ask(MentoringProcess process, Guid participantId, CheckInKind kind, int round, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (!process.ParticipantIds.Contains(participantId))
            throw new DomainException("NotInProcess", "Only the process's own participants are asked.");
        if (process.Status != ProcessStatus.Active)
            throw new DomainException("ProcessState", $"Only an active process is checked in on, not one that is {process.Status}.");
        Guard.Defined(kind, nameof(Kind));
        if (kind == CheckInKind.SelfAssessment && !process.MenteeIds.Contains(participantId))
            throw new DomainException("MenteesOnly", "Only a mentee is asked to assess herself.");
        if (kind == CheckInKind.FitCheck ? round != 0 : round < 1)
            throw new DomainException("Round", "Periodic check-ins count from 1; the fit check is round 0.");
        return new CheckIn
        {
            OrganisationId = process.OrganisationId,
            ProcessId = process.Id,
            ParticipantId = participantId,
            Kind = kind,
            Round = round,
            State = CheckInState.Sent,
            SentAt = now,
        };
    }

    /// <summary>Her periodic answer: a score 1–5, whether meetings happened, and an optional note for the organisation.</summary>
    public void AnswerPeriodic(int score, bool meetingsHappened, string? forOrganisation, DateTimeOffset now)
    {
        if (Kind != CheckInKind.Periodic)
            throw new DomainException("CheckInKind", "This is not a periodic check-in: answer what it asks.");
        RequireOpen();
        Score = Guard.Range(score, nameof(Score), 1, 5);
        MeetingsHappened = meetingsHappened;
        ForOrganisation = Guard.Optional(forOrganisation, nameof(ForOrganisation), NoteMax);
        Answered(now);
    }

    /// <summary>Her fit-check answer, with an optional note for the organisation.</summary>
    public void AnswerFit(FitAnswer fit, string? forOrganisation, DateTimeOffset now)
    {
        if (Kind != CheckInKind.FitCheck)
            throw new DomainException("CheckInKind", "This is not a fit check: answer what it asks.");
        RequireOpen();
        Fit = Guard.Defined(fit, nameof(Fit));
        ForOrganisation = Guard.Optional(forOrganisation, nameof(ForOrganisation), NoteMax);
        Answered(now);
    }

    /// <summary>
    /// Her self-assessment request answered by a screening of hers taken since it was asked (a day's
    /// leeway: a screening typed as today's date is dated noon). A silent request still takes it.
    /// </summary>
    public void AnswerSelfAssessment(Assessment assessment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (Kind != CheckInKind.SelfAssessment)
            throw new DomainException("CheckInKind", "Only a self-assessment request is answered by a screening.");
        RequireOpen();
        if (!SelfAssessmentSchedule.Answers(this, assessment))
            throw new DomainException("NotHerScreening", "Only her own screening taken since the request answers it.");
        AssessmentId = assessment.Id;
        Answered(now);
    }

    /// <summary>Whether a reminder is due now: sent, unanswered, not reminded yet, and long enough ago.</summary>
    public bool ReminderDue(DateTimeOffset now) => State == CheckInState.Sent && RemindedAt is null && now >= SentAt + RemindAfter;

    /// <summary>Records the one reminder; false when none was due (so the caller sends nothing).</summary>
    public bool Remind(DateTimeOffset now)
    {
        if (!ReminderDue(now))
            return false;
        RemindedAt = now;
        return true;
    }

    /// <summary>Whether it now counts as silence: reminded, and still unanswered long enough after.</summary>
    public bool SilenceDue(DateTimeOffset now) => State == CheckInState.Sent && RemindedAt is { } reminded && now >= reminded + SilentAfter;

    /// <summary>Counts it as silence; false when it was not due.</summary>
    public bool FallSilent(DateTimeOffset now)
    {
        if (!SilenceDue(now))
            return false;
        State = CheckInState.Silent;
        SilentAt = now;
        return true;
    }

    private void RequireOpen()
    {
        if (State == CheckInState.Answered)
            throw new DomainException("CheckInAnswered", "This check-in has been answered already.");
    }

    private void Answered(DateTimeOffset now)
    {
        State = CheckInState.Answered;
        AnsweredAt = now;
    }
}

/// <summary>When a process's periodic check-ins fall due: every 1, 2 or 3 months from the day it became active.</summary>
public static class CheckInSchedule
{
    public static int MonthsOf(CheckInRhythm rhythm) => rhythm switch
    {
        CheckInRhythm.Monthly => 1,
        CheckInRhythm.Bimonthly => 2,
        CheckInRhythm.Quarterly => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(rhythm), rhythm, null),
    };

    /// <summary>When round <paramref name="round"/> (1, 2, …) falls due.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset activeSince, CheckInRhythm rhythm, int round)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        return activeSince.AddMonths(round * MonthsOf(rhythm));
    }

    /// <summary>
    /// The latest round due by <paramref name="now"/>, or 0 when none is due yet. Only the latest is
    /// asked: a round missed while the process was paused or the site was down is not sent late.
    /// </summary>
    public static int LatestRoundDue(DateTimeOffset activeSince, CheckInRhythm rhythm, DateTimeOffset now)
    {
        if (now < activeSince)
            return 0;
        var months = MonthsOf(rhythm);
        var round = Math.Max(0, ((now.Year - activeSince.Year) * 12 + now.Month - activeSince.Month) / months);
        // AddMonths clamps to the month's last day; step back while the round is still in the future.
        while (round > 0 && DueAt(activeSince, rhythm, round) > now)
            round--;
        return round;
    }
}

/// <summary>
/// When a mentee of an active process is asked to assess herself again: one interval (the programme's,
/// 6–26 weeks) after the latest of her latest screening (any mode), the day the process first became
/// active, and her last request — so an unanswered request is followed by the next one interval on, not at once.
/// </summary>
public static class SelfAssessmentSchedule
{
    public const int DefaultIntervalWeeks = 10;
    public const int MinIntervalWeeks = 6;
    public const int MaxIntervalWeeks = 26;

    /// <summary>A screening dated up to this long before the request still answers it (a date typed without a time is noon).</summary>
    public static readonly TimeSpan AnswerLeeway = TimeSpan.FromDays(1);

    /// <summary>When her next request falls due.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset activeSince, DateTimeOffset? latestScreening, DateTimeOffset? lastAsked, int intervalWeeks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalWeeks, 1);
        var from = activeSince;
        if (latestScreening > from)
            from = latestScreening.Value;
        if (lastAsked > from)
            from = lastAsked.Value;
        return from.AddDays(7 * intervalWeeks);
    }

    public static bool IsDue(DateTimeOffset activeSince, DateTimeOffset? latestScreening, DateTimeOffset? lastAsked, int intervalWeeks, DateTimeOffset now) =>
        now >= DueAt(activeSince, latestScreening, lastAsked, intervalWeeks);

    /// <summary>Whether <paramref name="assessment"/> answers the open request: hers, and taken since it was asked.</summary>
    public static bool Answers(CheckIn request, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(assessment);
        return request.Kind == CheckInKind.SelfAssessment
            && request.State != CheckInState.Answered
            && assessment.ParticipantId == request.ParticipantId
            && assessment.TakenAt >= request.SentAt - AnswerLeeway;
    }
}
