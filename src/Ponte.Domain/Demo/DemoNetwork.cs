using System.Text;
using System.Text.Json;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Matching;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Organisations;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Domain.Safeguarding;
using Ponte.Domain.Screening;
using Ponte.Domain.Training;

namespace Ponte.Domain.Demo;

/// <summary>A sign-in account of the demo network. Every demo account shares <see cref="DemoNetwork.Password"/>.</summary>
/// <summary>A demo account; <see cref="Id"/> is the id its records were stamped with.</summary>
public sealed record DemoUser(Guid Id, string Email, string DisplayName, string Role, Guid? OrganisationId, Guid? ParticipantId, string Culture);

/// <summary>Everything <see cref="DemoNetwork.Build"/> made, ready to be stored.</summary>
public sealed class DemoNetworkData
{
    public required IReadOnlyList<Organisation> Organisations { get; init; }

    public required IReadOnlyList<Programme> Programmes { get; init; }

    public required IReadOnlyList<Application> Applications { get; init; }

    public required IReadOnlyList<Participant> Participants { get; init; }

    public required IReadOnlyList<Assessment> Assessments { get; init; }

    public required IReadOnlyList<TrainingSession> TrainingSessions { get; init; }

    public required IReadOnlyList<MentoringRelationship> Relationships { get; init; }

    /// <summary>One run per programme and match moment, its proposals approved (each names its relationship).</summary>
    public required IReadOnlyList<MatchingRun> MatchingRuns { get; init; }

    /// <summary>Each programme's commitment agreement in its organisation's language and in English.</summary>
    public required IReadOnlyList<AgreementTemplate> AgreementTemplates { get; init; }

    /// <summary>One process per one-to-one match, one per mentor's group in a group programme.</summary>
    public required IReadOnlyList<MentoringProcess> Processes { get; init; }

    /// <summary>One per mentee of every active or paused process.</summary>
    public required IReadOnlyList<SupportPlan> SupportPlans { get; init; }

    /// <summary>Logged, booked for the coming two weeks, and one cancelled.</summary>
    public required IReadOnlyList<Meeting> Meetings { get; init; }

    /// <summary>A kick-off per programme (past) and a mentor training (coming).</summary>
    public required IReadOnlyList<ProgrammeEvent> ProgrammeEvents { get; init; }

    /// <summary>The coordinator's cross-border network day.</summary>
    public required IReadOnlyList<NetworkEvent> NetworkEvents { get; init; }

    /// <summary>Each organisation's people at the network day, with attendance.</summary>
    public required IReadOnlyList<NetworkEventRegistration> NetworkEventRegistrations { get; init; }

    /// <summary>Every check-in and fit check the programmes' rhythms asked while a process was active: answered, reminded, silent or waiting.</summary>
    public required IReadOnlyList<CheckIn> CheckIns { get; init; }

    /// <summary>Safeguarding concerns: one open, one in progress (its process paused, contacts hidden), one resolved.</summary>
    public required IReadOnlyList<Concern> Concerns { get; init; }

    /// <summary>The mentors' and mentees' own final forms of the closed processes.</summary>
    public required IReadOnlyList<IndividualEvaluation> IndividualEvaluations { get; init; }

    /// <summary>The joint final form of each mentee of a closed process.</summary>
    public required IReadOnlyList<JointEvaluation> JointEvaluations { get; init; }

    /// <summary>Unmet goals carried from a closed process into a new one with the same mentor.</summary>
    public required IReadOnlyList<Renewal> Renewals { get; init; }

    public required IReadOnlyList<DemoUser> Users { get; init; }
}

/// <summary>
/// A realistic small network to demonstrate and test Ponte: three partner organisations
/// (Lisbon, Helsinki, Riga), five programmes, the Portuguese pilot's figures (67 mentors,
/// 124 mentees, 32 matches), every inbox stage, and the three personas of the product brief.
/// After the match: each match approved on a matching run, 25 mentoring processes (one per
/// one-to-one match, one per mentor's group in Auroras) in every state, each programme's
/// agreement in its organisation's language and in English, support plans with Samira's steps
/// to employment and study, meetings logged, booked and cancelled, a kick-off per programme,
/// a coming mentor training and a cross-border network day. Everything is made through the
/// domain's own factories and transitions, as the real journey would, with timestamps spread
/// over the eight months before <c>now</c> (only booked meetings and the coming training lie
/// ahead). The same <c>now</c> always gives the same people, texts, statuses and times (the
/// database identifiers and public keys are new on every build).
/// </summary>
public static class DemoNetwork
{
    public const string Password = "ponte-demo-2026";

    /// <summary>The domain of every demo account's email (reserved, so no real person has it): a database with such an account holds the demo network.</summary>
    public const string EmailDomain = "ponte.example";

    public const string CoordinatorEmail = "coordinator@" + EmailDomain;
    public const string MentorEmail = "mentor@" + EmailDomain;
    public const string SamiraEmail = "samira@" + EmailDomain;
    public const string FatimaEmail = "fatima@" + EmailDomain;
    public const string TatianaEmail = "tatiana@" + EmailDomain;


    public const int Seed = 2026;

    public static DemoNetworkData Build(DateTimeOffset now) => new DemoNetworkBuilder(now).Build();
}

file sealed record Area(string Municipality, string[] Postcodes);

file sealed record Site(
    string Key,
    string CountryCode,
    string City,
    string OrganisationName,
    string[] StaffLanguages,
    string HostLanguage,
    string Culture,
    string ManagerName,
    string TrainerName,
    string Office,
    string PhonePrefix,
    Area[] Areas,
    string EmploymentOffice,
    string Radio,
    string[] OtherServices,
    string OtherCity,
    string MigrationOffice,
    string TaxOffice,
    string[] MeetingPlaces);

file sealed record Origin(string Code, string Country, string[] FirstNames, string[] Surnames, string MotherTongue, string? SecondLanguage = null);

file sealed record Curriculum(string Title, TrainingKind Kind, decimal Hours);

file sealed record ProgrammeSpec(
    Site Site,
    ProgrammeTemplate Template,
    string Name,
    string Description,
    int MentorsMatched,
    int MentorsReady,
    int MentorsInTraining,
    int MentorsAccepted,
    int[] GroupSizes,
    int MenteesReady,
    int MenteesAccepted,
    string[] Origins,
    int SessionGapDays,
    Curriculum[] Curriculum,
    bool MenMentors);

file sealed record CycleSession(TrainingSession Session, int Day);

file sealed class ProgrammeContext(ProgrammeSpec spec, Organisation organisation, Programme programme, Actor manager, Actor trainer)
{
    public ProgrammeSpec Spec { get; } = spec;

    public Site Site => Spec.Site;

    public Organisation Organisation { get; } = organisation;

    public Programme Programme { get; } = programme;

    public Actor Manager { get; } = manager;

    public Actor Trainer { get; } = trainer;

    /// <summary>Three runs of the mentor curriculum: two finished, one under way.</summary>
    public List<List<CycleSession>> Cycles { get; } = [];
}

file sealed record InterviewNotes(string Qualifications, string Motivation, string Expectations);

file sealed record Applicant(ParticipantRole Role, Profile Profile, ReferralSource Referral, string? ReferralDetail, InterviewNotes Notes);

file enum MentorStage
{
    Accepted,
    InTrainingCurrentCycle,
    InTrainingChecksPending,
    ReadyToMatch,
    Matched,
}

file sealed class MentorPlan
{
    public required Participant Participant { get; init; }

    public required bool IsMan { get; init; }

    public required bool Experienced { get; init; }

    /// <summary>Days before now on which she became ready to match; 0 when she is not.</summary>
    public int ReadyDay { get; init; }
}

file sealed record ScreeningPlan(int Day, int[] Scores, Dictionary<Indicator, string> Notes, AssessmentMode Mode);

/// <summary>A mentee to make; a persona has fixed screenings and a sign-in account in <paramref name="UserCulture"/>.</summary>
file sealed record MenteePlan(Applicant Applicant, TargetGroup Group, int AcceptDay, IReadOnlyList<ScreeningPlan>? Screenings = null, string? UserCulture = null)
{
    public bool IsPersona => UserCulture is not null;
}

file readonly record struct ScheduledEvent(DateTimeOffset At, int Seq, Action Run);

/// <summary>Who of the product brief's personas a match is about; their processes have their own words.</summary>
file enum DemoPersona
{
    None,
    Samira,
    Fatima,
    Tatiana,
}

/// <summary>How far a process has come by now.</summary>
file enum PlannedState
{
    /// <summary>Drafted, accepted by everyone: active, with a plan and meetings.</summary>
    Active,

    /// <summary>As active, but the agreement changed after the mentor's first acceptance, so everyone accepted its second version.</summary>
    ActiveAfterChange,

    /// <summary>Drafted; the mentor and the organisation accepted, the mentee not yet.</summary>
    AwaitingMentee,

    /// <summary>Drafted; mentor and mentee accepted, the organisation not yet.</summary>
    AwaitingOrganisation,

    /// <summary>Just matched: no agreement yet.</summary>
    Matched,

    /// <summary>Active for a while, then paused (illness).</summary>
    Paused,

    /// <summary>Active, then paused by the manager with its contacts hidden after the mentee raised a concern.</summary>
    PausedForConcern,

    /// <summary>Ran its six months and was closed as completed, with its three final forms.</summary>
    Completed,

    /// <summary>Ended early at the mentee's request (she moved away), with its three final forms.</summary>
    EndedEarly,

    /// <summary>Completed with a goal unmet, which was carried into a new process with the same mentor.</summary>
    Renewed,
}

/// <summary>What a process's check-ins say beyond the usual good answers.</summary>
file enum FollowUpRole
{
    None,

    /// <summary>The pair met once and then went quiet: their check-ins since are reminded, then silent.</summary>
    Silent,

    /// <summary>The mentor cancels; the mentee's latest check-ins score 2.</summary>
    LowScore,

    /// <summary>The mentee answers the fit check "not a good fit".</summary>
    NotAGoodFit,

    /// <summary>The mentee raised a concern yesterday evening; nobody has acted on it yet.</summary>
    OpenConcern,

    /// <summary>The mentor raised a concern about a member of her group; the manager resolved it.</summary>
    ResolvedConcern,

    /// <summary>The plan's review date went by without a review.</summary>
    ReviewPassed,
}

/// <summary>One approved match as a process will hold it: a mentor and her mentee (or her group), matched at <see cref="At"/>.</summary>
file sealed class MatchPlan(ProgrammeContext ctx, Participant mentor, IReadOnlyList<Participant> mentees, DateTimeOffset at, int day, DemoPersona persona)
{
    public ProgrammeContext Ctx { get; } = ctx;

    public Participant Mentor { get; } = mentor;

    public IReadOnlyList<Participant> Mentees { get; } = mentees;

    public DateTimeOffset At { get; } = at;

    /// <summary>Days before today of the match.</summary>
    public int Day { get; } = day;

    public DemoPersona Persona { get; } = persona;

    public PlannedState State { get; set; } = PlannedState.Active;

    public FollowUpRole FollowUp { get; set; }

    public bool IsClosing => State is PlannedState.Completed or PlannedState.EndedEarly or PlannedState.Renewed;

    /// <summary>Set when the match is approved.</summary>
    public MentoringProcess? Process { get; set; }

    public MentoringProcess P => Process ?? throw new InvalidOperationException("The demo used a process before its match.");

    public bool IsGroup => Ctx.Programme.MentoringType == MentoringType.Group;

    public IEnumerable<Participant> Everyone => Mentees.Prepend(Mentor);
}

/// <summary>The matches one programme's manager approved at one moment: one matching run.</summary>
file sealed class MatchMoment(ProgrammeContext ctx, DateTimeOffset at)
{
    public ProgrammeContext Ctx { get; } = ctx;

    public DateTimeOffset At { get; } = at;

    public List<MatchPlan> Matches { get; } = [];
}

/// <summary>A mentee's support plan as the story fills it: made at its start, its goals' words known before.</summary>
file sealed class PlanHolder(Participant mentee, IReadOnlyList<DemoGoal> goals)
{
    public Participant Mentee { get; } = mentee;

    public IReadOnlyList<DemoGoal> Goals { get; } = goals;

    public SupportPlan? Plan { get; set; }

    public SupportPlan P => Plan ?? throw new InvalidOperationException("The demo used a support plan before it was started.");
}

/// <summary>A step on a plan after a meeting: a goal started, an action done, a goal achieved.</summary>
file readonly record struct PlanStep(int Goal, int Action, GoalStatus? Status);

/// <summary>
/// Times for one process's story, in order: each moment asked for is about a fraction of the way
/// from the match to the end (yesterday evening) at a given time of day, and never before the last
/// one given, so that a story squeezed into a few days still reads forwards.
/// </summary>
file sealed class StoryClock
{
    private readonly DateTimeOffset _end;
    private readonly DateTimeOffset _firstDay;
    private readonly int _days;
    private DateTimeOffset _last;

    public StoryClock(DateTimeOffset start, DateTimeOffset end)
    {
        _last = start;
        _end = end;
        _firstDay = new DateTimeOffset(start.Year, start.Month, start.Day, 0, 0, 0, start.Offset);
        _days = Math.Max(0, (int)(new DateTimeOffset(end.Year, end.Month, end.Day, 0, 0, 0, end.Offset) - _firstDay).TotalDays);
    }

    public DateTimeOffset At(double fraction, int hour, int minute = 0)
    {
        var day = (int)Math.Round(Math.Clamp(fraction, 0, 1) * _days);
        return Take(_firstDay.AddDays(day).AddHours(hour).AddMinutes(minute));
    }

    public DateTimeOffset After(TimeSpan span) => Take(_last + span);

    /// <summary>As <see cref="After"/>, moved to the next morning when it would fall in the night: people act by day.</summary>
    public DateTimeOffset AfterByDay(TimeSpan span)
    {
        var at = _last + span;
        var midnight = new DateTimeOffset(at.Year, at.Month, at.Day, 0, 0, 0, at.Offset);
        if (at.Hour < 8)
            at = midnight.AddHours(8).AddMinutes(at.Minute);
        else if (at.Hour >= 22)
            at = midnight.AddDays(1).AddHours(8).AddMinutes(at.Minute);
        return Take(at);
    }

    private DateTimeOffset Take(DateTimeOffset wanted)
    {
        var at = wanted <= _last ? _last.AddMinutes(15) : wanted;
        if (at > _end)
            at = _last + ((_end - _last) / 3);
        _last = at;
        return at;
    }
}

/// <summary>A criterion of a proposal's explanation, stored as the site stores the engine's (points and weights in cents).</summary>
file sealed record StoredCriterion(Criterion Criterion, long Points, long Weight, IReadOnlyDictionary<string, object> Facts);

/// <summary>A next-best mentor kept with a proposal, as the site stores it.</summary>
file sealed record StoredAlternative(Guid MentorId, long Score, IReadOnlyList<StoredCriterion> Breakdown);

file sealed class DemoNetworkBuilder
{
    private const int HorizonDays = 228;

    private readonly DateTimeOffset _now;
    private readonly DateTimeOffset _today;
    private readonly Random _rng = new(DemoNetwork.Seed);
    private readonly List<ScheduledEvent> _events = [];
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private int _seq;
    private int _emailCounter;

    private readonly List<Organisation> _organisations = [];
    private readonly List<Programme> _programmes = [];
    private readonly List<Application> _applications = [];
    private readonly List<Participant> _participants = [];
    private readonly List<Assessment> _assessments = [];
    private readonly List<TrainingSession> _sessions = [];
    private readonly List<MentoringRelationship> _relationships = [];
    private readonly List<DemoUser> _users = [];

    // After the match. Its own random stream, so the people above stay as they were before it.
    private readonly Random _story = new(DemoNetwork.Seed + 1);
    private readonly List<ProgrammeContext> _contexts = [];
    private readonly List<MatchPlan> _matches = [];
    private readonly List<MatchMoment> _moments = [];
    private readonly List<MatchingRun> _runs = [];
    private readonly List<AgreementTemplate> _templates = [];
    private readonly List<MentoringProcess> _processes = [];
    private readonly List<SupportPlan> _plans = [];
    private readonly List<Meeting> _meetings = [];
    private readonly List<ProgrammeEvent> _programmeEvents = [];
    private readonly List<NetworkEvent> _networkEvents = [];
    private readonly List<NetworkEventRegistration> _registrations = [];
    private Dictionary<Guid, Participant> _byId = [];
    private Actor _coordinator = Actor.System;

    // Follow-up and closing: check-ins, concerns, final forms, renewals. Their own random stream, so the stories above stay as they were.
    private readonly Random _followUp = new(DemoNetwork.Seed + 2);

    /// <summary>The facts at entry draw from their own sequence.</summary>
    private readonly Random _facts = new(DemoNetwork.Seed + 3);
    private readonly List<CheckIn> _checkIns = [];
    private readonly List<Concern> _concerns = [];
    private readonly List<IndividualEvaluation> _individualForms = [];
    private readonly List<JointEvaluation> _jointForms = [];
    private readonly List<Renewal> _renewals = [];

    public DemoNetworkBuilder(DateTimeOffset now)
    {
        _now = now;
        _today = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, now.Offset);
    }

    public DemoNetworkData Build()
    {
        var coordinator = Guid.CreateVersion7();
        _users.Add(new DemoUser(coordinator, DemoNetwork.CoordinatorEmail, "Helena Duarte", Roles.NetworkCoordinator, null, null, "en"));
        _coordinator = new Actor(coordinator, "Helena Duarte");
        var staff = new Dictionary<string, (Actor Manager, Actor Trainer)>(StringComparer.Ordinal);

        var organisations = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var site in Sites)
        {
            var organisation = Organisation.Create(site.OrganisationName, site.CountryCode, site.City, site.StaffLanguages);
            organisation.CreatedAt = Day(HorizonDays + 30, 10);
            organisation.CreatedById = coordinator;
            _organisations.Add(organisation);
            organisations[site.Key] = organisation;
            var manager = new Actor(Guid.CreateVersion7(), site.ManagerName);
            var trainer = new Actor(Guid.CreateVersion7(), site.TrainerName);
            staff[site.Key] = (manager, trainer);
            _users.Add(new DemoUser(manager.UserId!.Value, $"manager.{site.Key}@{DemoNetwork.EmailDomain}", site.ManagerName, Roles.OrganisationManager, organisation.Id, null, site.Culture));
            _users.Add(new DemoUser(trainer.UserId!.Value, $"trainer.{site.Key}@{DemoNetwork.EmailDomain}", site.TrainerName, Roles.Trainer, organisation.Id, null, site.Culture));
        }

        foreach (var spec in Specs)
        {
            var organisation = organisations[spec.Site.Key];
            var settings = ProgrammeTemplates.Defaults(spec.Template) with { Name = spec.Name, Description = spec.Description };
            var programme = Programme.Create(organisation.Id, spec.Template, settings);
            programme.CreatedAt = Day(HorizonDays + 20, 11);
            var (siteManager, siteTrainer) = staff[spec.Site.Key];
            programme.CreatedById = siteManager.UserId;
            _programmes.Add(programme);
            var context = new ProgrammeContext(spec, organisation, programme, siteManager, siteTrainer);
            _contexts.Add(context);
            WriteAgreementTemplates(context);
            BuildProgramme(context);
        }

        // After the match: each process's story, then the programmes' and the network's events.
        AssignProcessStates();
        foreach (var match in _matches)
            PlanStory(match);
        PlanKickOffs();
        PlanMentorTraining();
        PlanNetworkEvent();

        // Run the participants' transitions in the order they happened, across people, so that
        // every timeline reads forwards and a match finds both sides ready.
        _byId = _participants.ToDictionary(p => p.Id);
        foreach (var scheduled in _events.OrderBy(x => x.At).ThenBy(x => x.Seq))
            scheduled.Run();

        return new DemoNetworkData
        {
            Organisations = _organisations,
            Programmes = _programmes,
            Applications = _applications,
            Participants = _participants,
            Assessments = _assessments,
            TrainingSessions = _sessions,
            Relationships = _relationships,
            MatchingRuns = _runs,
            AgreementTemplates = _templates,
            Processes = _processes,
            SupportPlans = _plans,
            Meetings = _meetings,
            ProgrammeEvents = _programmeEvents,
            NetworkEvents = _networkEvents,
            NetworkEventRegistrations = _registrations,
            CheckIns = _checkIns,
            Concerns = _concerns,
            IndividualEvaluations = _individualForms,
            JointEvaluations = _jointForms,
            Renewals = _renewals,
            Users = _users,
        };
    }

    // ---------------------------------------------------------------- programmes

    private void BuildProgramme(ProgrammeContext ctx)
    {
        var spec = ctx.Spec;
        PlanTraining(ctx);

        var isSmile = spec.Template == ProgrammeTemplate.Smile;
        var isUkrainian = spec.Template == ProgrammeTemplate.SocialMentorSupportUkrainianRefugees;

        // Mentors.
        var matchedMentors = new List<MentorPlan>();
        for (var i = 0; i < spec.MentorsMatched; i++)
        {
            var cycle = i % 2;
            if (isUkrainian && i == 0)
                matchedMentors.Add(AddDemoMentor(ctx));
            else
                matchedMentors.Add(AddMentor(ctx, MentorStage.Matched, cycle, forceWoman: isSmile && i == 0));
        }

        for (var i = 0; i < spec.MentorsReady; i++)
            AddMentor(ctx, MentorStage.ReadyToMatch, 1, false);
        for (var i = 0; i < spec.MentorsInTraining; i++)
            AddMentor(ctx, i % 2 == 0 ? MentorStage.InTrainingCurrentCycle : MentorStage.InTrainingChecksPending, i % 2 == 0 ? 2 : 1, false);
        for (var i = 0; i < spec.MentorsAccepted; i++)
            AddMentor(ctx, MentorStage.Accepted, -1, false);

        // Matched mentees, one group (or one mentee) per matched mentor, all starting together.
        var maxStartDay = Math.Max(14, (ctx.Programme.DurationWeeks * 7) - 21);
        for (var i = 0; i < matchedMentors.Count; i++)
        {
            var mentor = matchedMentors[i];
            var matchDay = Math.Min(mentor.ReadyDay - R(3, 20), maxStartDay - R(0, maxStartDay / 2));
            matchDay = Math.Max(matchDay, 3);
            // Two Lisbon pairs were matched about six months ago, so their processes have run their course and closed.
            var closing = spec.Template == ProgrammeTemplate.PortugueseMentoringForMigrants
                ? i switch { 0 => PlannedState.Completed, 4 => PlannedState.Renewed, _ => PlannedState.Active }
                : PlannedState.Active;
            if (closing != PlannedState.Active)
                matchDay = Math.Max(matchDay, Math.Min(mentor.ReadyDay - 4, 190));
            // Tatiana's process became active a month ago: her first monthly check-in went out in the last days and waits for her answer.
            if (isUkrainian && i == 0)
                matchDay = 36;
            var matchAt = Day(matchDay, R(10, 16), R(0, 3) * 15);
            var groupSize = spec.GroupSizes[i];
            var mentees = new List<Participant>();
            var persona = DemoPersona.None;
            for (var j = 0; j < groupSize; j++)
            {
                MenteePlan plan;
                if (isUkrainian && i == 0 && j == 0)
                    (plan, persona) = (Tatiana(ctx), DemoPersona.Tatiana);
                else if (isSmile && i == 0 && j == 0)
                    (plan, persona) = (Fatima(ctx), DemoPersona.Fatima);
                else if (isSmile && i == 1 && j == 0)
                    (plan, persona) = (Samira(ctx), DemoPersona.Samira);
                else
                {
                    var group = PickGroup(ctx.Programme, allowIntensive: mentor.Experienced);
                    var acceptDay = Math.Min(matchDay + R(15, 70), HorizonDays);
                    plan = new MenteePlan(NewMentee(ctx, group, mentor), group, acceptDay);
                }

                mentees.Add(AddMentee(ctx, plan, screened: true));
            }

            AddMatch(new MatchPlan(ctx, mentor.Participant, mentees, matchAt, matchDay, persona) { State = closing });
        }

        // Mentees on the waiting list, screened and with a target group.
        for (var i = 0; i < spec.MenteesReady; i++)
        {
            var group = PickGroup(ctx.Programme, allowIntensive: true);
            AddMentee(ctx, new MenteePlan(NewMentee(ctx, group, null), group, R(16, HorizonDays)), screened: true);
        }

        // Mentees accepted after the interview, not yet screened.
        for (var i = 0; i < spec.MenteesAccepted; i++)
        {
            var group = PickGroup(ctx.Programme, allowIntensive: true);
            AddMentee(ctx, new MenteePlan(NewMentee(ctx, group, null), group, R(1, 24)), screened: false);
        }

        AddOpenApplications(ctx);
    }

    private void PlanTraining(ProgrammeContext ctx)
    {
        var curriculum = ctx.Spec.Curriculum;
        var theory = curriculum.Where(c => c.Kind == TrainingKind.Theory).Sum(c => c.Hours);
        var practice = curriculum.Where(c => c.Kind == TrainingKind.Practice).Sum(c => c.Hours);
        if (theory != ctx.Programme.RequiredTheoryHours || practice != ctx.Programme.RequiredPracticeHours)
            throw new InvalidOperationException($"The demo curriculum of {ctx.Programme.Name} does not add up to the programme's required hours.");

        var gap = ctx.Spec.SessionGapDays;
        var pastInCurrent = Math.Max(1, curriculum.Length / 2);
        int[] starts = [205 + R(0, 6), 112 + R(0, 6), ((pastInCurrent - 1) * gap) + 2];
        foreach (var start in starts)
        {
            var cycle = new List<CycleSession>();
            for (var k = 0; k < curriculum.Length; k++)
            {
                var c = curriculum[k];
                var day = start - (k * gap);
                var startsAt = Day(day, c.Hours > 3 ? 9 : 17, c.Hours > 3 ? 30 : 0);
                var location = c.Kind == TrainingKind.Practice && k % 3 == 2 ? "Online" : ctx.Site.Office;
                var session = TrainingSession.Plan(ctx.Organisation.Id, ctx.Programme.Id, c.Title, startsAt, c.Kind, c.Hours, location, ctx.Site.TrainerName);
                session.CreatedAt = Day(Math.Max(day + 14, 1), 9);
                session.CreatedById = ctx.Manager.UserId;
                _sessions.Add(session);
                cycle.Add(new CycleSession(session, day));
            }

            ctx.Cycles.Add(cycle);
        }
    }

    // ---------------------------------------------------------------- mentors

    private MentorPlan AddDemoMentor(ProgrammeContext ctx)
    {
        var profile = Profile.Create(
            "Ilze Bērziņa",
            DemoNetwork.MentorEmail,
            "+371 2914 7730",
            "en",
            Gender.Woman,
            "LV",
            "Rīga",
            "LV-1010",
            [Lang("lv", LanguageLevel.Native), Lang("ru", LanguageLevel.Fluent), Lang("en", LanguageLevel.Fluent), Lang("uk", LanguageLevel.Conversational)],
            Slots((DayOfWeek.Monday, DayPart.Evening), (DayOfWeek.Wednesday, DayPart.Evening), (DayOfWeek.Thursday, DayPart.Afternoon),
                (DayOfWeek.Thursday, DayPart.Evening), (DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon)),
            ["hiking", "photography", "cooking", "volunteering"],
            SupportAreas.CityOrientation | SupportAreas.RightsAndObligations | SupportAreas.JobSearch | SupportAreas.HealthAndHabits,
            MatchingPreferences.None,
            "I am a social worker with the Riga social service and have helped Ukrainian families settle in since 2022. "
            + "I speak Latvian, Russian, English and some Ukrainian, and I know my way around the municipality, schools and clinics.");
        var applicant = new Applicant(ParticipantRole.Mentor, profile, ReferralSource.AnotherService, "Riga social service",
            new InterviewNotes(
                "Social worker, 12 years; trained in trauma-informed practice.",
                "Has supported Ukrainian families informally since 2022 and wants a structured programme.",
                "Can meet several times a week in the first month; evenings and Saturdays."));
        return PlanMentor(ctx, applicant, MentorStage.Matched, 1, isMan: false, experienced: true,
            MentorCharacteristics.Mandatory | MentorCharacteristics.BuildsTrust | MentorCharacteristics.Flexibility | MentorCharacteristics.PlanningAndOrganisation,
            demoAccount: true);
    }

    private MentorPlan AddMentor(ProgrammeContext ctx, MentorStage stage, int cycle, bool forceWoman)
    {
        var isMan = !forceWoman && ctx.Spec.MenMentors && Chance(0.15);
        var experienced = Chance(0.45);
        var applicant = NewMentor(ctx, isMan, experienced);

        MentorCharacteristics characteristics;
        if (stage is MentorStage.Accepted && Chance(0.4))
            characteristics = MentorCharacteristics.None;
        else
        {
            characteristics = MentorCharacteristics.Mandatory;
            if (stage is MentorStage.Accepted or MentorStage.InTrainingCurrentCycle && Chance(0.3))
                characteristics &= ~Pick(MandatoryTraits);
            foreach (var trait in PickSome(PreferableTraits, R(1, 5)))
                characteristics |= trait;
        }

        return PlanMentor(ctx, applicant, stage, cycle, isMan, experienced, characteristics, demoAccount: false);
    }

    private MentorPlan PlanMentor(ProgrammeContext ctx, Applicant applicant, MentorStage stage, int cycle, bool isMan, bool experienced,
        MentorCharacteristics characteristics, bool demoAccount)
    {
        var sessions = cycle >= 0 ? ctx.Cycles[cycle] : [];
        var acceptDay = stage == MentorStage.Accepted ? R(1, 12) : sessions[0].Day + R(4, 28);
        var mentor = Accept(ctx, applicant, acceptDay);
        mentor.RecordCharacteristics(characteristics, experienced);
        if (demoAccount)
        {
            var account = Guid.CreateVersion7();
            _users.Add(new DemoUser(account, applicant.Profile.Email, applicant.Profile.FullName, Roles.Mentor, ctx.Organisation.Id, mentor.Id, "en"));
            mentor.LinkUser(account);
        }

        // Safety checks: the criminal record certificate and the references.
        var criminalRecordDay = Math.Max(1, acceptDay - R(2, 15));
        var referencesDay = Math.Max(1, acceptDay - R(4, 20));
        var checksPassed = stage is MentorStage.ReadyToMatch or MentorStage.Matched
            || (stage == MentorStage.InTrainingCurrentCycle && Chance(0.5));
        var onlyCriminalRecord = !checksPassed && stage != MentorStage.Accepted || (stage == MentorStage.Accepted && Chance(0.3));
        var checkDay = 0;
        if (acceptDay > 1 && (checksPassed || onlyCriminalRecord))
        {
            checkDay = Math.Max(1, Math.Min(criminalRecordDay, checksPassed ? referencesDay : criminalRecordDay) - R(0, 2));
            var checkAt = Day(checkDay, R(9, 15), R(0, 3) * 15);
            var seenOn = DateOnly.FromDateTime(Day(criminalRecordDay, 9).UtcDateTime);
            DateOnly? checkedOn = checksPassed ? DateOnly.FromDateTime(Day(referencesDay, 9).UtcDateTime) : null;
            var programme = ctx.Programme;
            Schedule(checkAt, () => mentor.RecordSafetyChecks(seenOn, checkedOn, ctx.Manager, checkAt));
            Schedule(checkAt.AddMinutes(5), () => mentor.UpdateReadiness(programme, TrainingSession.HoursAttended(_sessions, mentor.Id), ctx.Manager, checkAt.AddMinutes(5)));
        }

        // Training: the whole curriculum of her cycle, or the sessions held so far.
        var lastAttendedDay = int.MaxValue;
        if (stage != MentorStage.Accepted)
        {
            var first = true;
            foreach (var cs in sessions)
            {
                var end = cs.Session.StartsAt.AddHours((double)cs.Session.Hours);
                if (end > _now.AddHours(-1))
                    break;
                var attended = stage != MentorStage.InTrainingCurrentCycle || first || Chance(0.8);
                first = false;
                var session = cs.Session;
                var programme = ctx.Programme;
                Schedule(end, () => session.RecordAttendance(mentor, attended, end));
                if (attended)
                {
                    lastAttendedDay = cs.Day;
                    var at = end.AddMinutes(10);
                    Schedule(at, () => mentor.UpdateReadiness(programme, TrainingSession.HoursAttended(_sessions, mentor.Id), ctx.Trainer, at));
                }
            }
        }

        var readyDay = stage is MentorStage.ReadyToMatch or MentorStage.Matched ? Math.Min(lastAttendedDay, checkDay) : 0;
        return new MentorPlan { Participant = mentor, IsMan = isMan, Experienced = experienced, ReadyDay = readyDay };
    }

    private Applicant NewMentor(ProgrammeContext ctx, bool isMan, bool experienced)
    {
        var site = ctx.Site;
        var isUkrainian = ctx.Spec.Template == ProgrammeTemplate.SocialMentorSupportUkrainianRefugees;
        string first, last, origin;
        var languages = new List<LanguageSkill>();
        var variant = _rng.NextDouble();
        if (isUkrainian && !isMan && variant < 0.2)
        {
            (first, last) = UniqueName(Origins["UA"].FirstNames, Origins["UA"].Surnames);
            origin = "UA";
            languages.Add(Lang("uk", LanguageLevel.Native));
            languages.Add(Lang("ru", LanguageLevel.Native));
            languages.Add(Lang("lv", LanguageLevel.Fluent));
            languages.Add(Lang("en", Chance(0.5) ? LanguageLevel.Conversational : LanguageLevel.Basic));
        }
        else
        {
            origin = site.CountryCode;
            var pool = HostNames[site.Key];
            var minority = site.Key switch { "fi" => variant < 0.15, "lv" => variant < 0.3, _ => false };
            if (minority)
                pool = HostNames[site.Key + "-minority"];
            (first, last) = UniqueName(isMan ? pool.Men : pool.Women, isMan ? pool.MaleSurnames : pool.FemaleSurnames);
            switch (site.Key)
            {
                case "fi" when minority:
                    languages.Add(Lang("sv", LanguageLevel.Native));
                    languages.Add(Lang("fi", LanguageLevel.Fluent));
                    break;
                case "lv" when minority:
                    languages.Add(Lang("ru", LanguageLevel.Native));
                    languages.Add(Lang("lv", LanguageLevel.Fluent));
                    break;
                default:
                    languages.Add(Lang(site.HostLanguage, LanguageLevel.Native));
                    break;
            }

            languages.Add(Lang("en", Chance(0.6) ? LanguageLevel.Fluent : LanguageLevel.Conversational));
            var extra = site.Key switch
            {
                "pt" => Chance(0.3) ? Pick(["es", "fr"]) : null,
                "fi" => Chance(0.35) ? Pick(["sv", "ru", "de", "ar"]) : null,
                _ => Chance(0.5) ? Pick(["ru", "ru", "de", "uk"]) : null,
            };
            if (extra is not null)
                languages.Add(Lang(extra, Chance(0.5) ? LanguageLevel.Conversational : LanguageLevel.Fluent));
        }

        var job = Pick(MentorJobs);
        var years = R(3, 25);
        var (municipality, postcode) = Place(site, null);
        var availability = Chance(0.2) ? Availability(AvailabilityStyle.Daytime) : Availability(AvailabilityStyle.Evenings);
        var offers = PickAreas(ctx.Programme.SupportAreas, 3, 5);
        var about = $"I am {Article(job)} {job} and would like to help a newcomer find her way in {site.City}. {Pick(MentorBackgrounds)}";
        var profile = Profile.Create(
            $"{first} {last}", Email(first, last), Phone(site), site.Culture,
            isMan ? Gender.Man : Gender.Woman, origin, municipality, postcode, languages, availability,
            PickSome(Interests, R(2, 4)), offers, MatchingPreferences.None, about.Trim());

        var referral = Pick(MentorReferrals);
        var detail = ReferralDetail(site, referral, null);
        var notes = new InterviewNotes(
            $"{Capitalise(job)}, {years} years' experience." + (experienced ? " Has worked with refugees or other vulnerable groups." : string.Empty),
            Pick(MentorMotivations),
            $"One meeting a week, {(availability.Has(DayOfWeek.Monday, DayPart.Morning) || availability.Has(DayOfWeek.Tuesday, DayPart.Morning) ? "in the daytime" : "evenings or weekends")}.");
        return new Applicant(ParticipantRole.Mentor, profile, referral, detail, notes);
    }

    // ---------------------------------------------------------------- mentees

    private Participant AddMentee(ProgrammeContext ctx, MenteePlan plan, bool screened)
    {
        var mentee = Accept(ctx, plan.Applicant, plan.AcceptDay);
        if (plan.UserCulture is { } culture)
        {
            var account = Guid.CreateVersion7();
            _users.Add(new DemoUser(account, plan.Applicant.Profile.Email, plan.Applicant.Profile.FullName, Roles.Mentee, ctx.Organisation.Id, mentee.Id, culture));
            mentee.LinkUser(account);
        }
        if (!screened)
            return mentee;

        var screenings = plan.Screenings ?? GenericScreenings(plan);
        var group = plan.Group;
        foreach (var (screening, index) in screenings.Select((s, i) => (s, i)))
        {
            var takenAt = Day(screening.Day, screening.Mode == AssessmentMode.SelfAssessment ? R(17, 20) : R(10, 14), R(0, 3) * 15);
            // The manager confirms the group right after a screening with her, or the next morning after a self-assessment.
            var setAt = screening.Mode == AssessmentMode.SelfAssessment ? Day(screening.Day - 1, R(9, 11), R(0, 59)) : takenAt.AddMinutes(R(30, 90));
            if (index > 0 && !plan.IsPersona && Chance(0.2))
            {
                var lighter = (TargetGroup)((int)group - 1);
                if (group != TargetGroup.LightSupport && ctx.Programme.TargetGroups.HasFlag(lighter.AsSet()))
                    group = lighter;
            }

            var groupNow = group;
            var actor = screening.Mode == AssessmentMode.SelfAssessment ? Actor.Applicant(plan.Applicant.Profile.FullName) : ctx.Manager;
            Assessment? assessment = null;
            Schedule(takenAt, () =>
            {
                var ratings = Indicators.All.Select(i => (i, screening.Scores[(int)i], screening.Notes.GetValueOrDefault(i)));
                assessment = Assessment.Record(mentee, screening.Mode, ratings, actor, takenAt);
                assessment.CreatedAt = takenAt;
                assessment.CreatedById = actor.UserId;
                _assessments.Add(assessment);
            });
            Schedule(setAt, () => mentee.SetTargetGroup(groupNow, assessment!, ctx.Programme, ctx.Manager, setAt));
        }

        return mentee;
    }

    /// <summary>One to three screenings, two to three months apart, each a little better than the last.</summary>
    private List<ScreeningPlan> GenericScreenings(MenteePlan plan)
    {
        var count = Pick([1, 2, 2, 3]);
        var days = new List<int> { plan.AcceptDay - R(4, Math.Min(14, plan.AcceptDay - 2)) };
        while (days.Count < count)
        {
            var next = days[^1] - R(60, 90);
            if (next < 2)
                break;
            days.Add(next);
        }

        var scores = plan.Group switch
        {
            TargetGroup.LightSupport => new[] { R(3, 5), R(3, 4), R(2, 3), R(3, 5), R(3, 4), R(2, 4), R(2, 3) },
            TargetGroup.Retraining => [R(1, 3), R(2, 4), R(1, 3), R(2, 4), R(2, 3), R(2, 3), R(2, 3)],
            _ => [R(1, 2), R(1, 3), R(1, 2), R(1, 2), R(1, 3), R(1, 2), R(1, 2)],
        };
        var result = new List<ScreeningPlan>();
        for (var k = 0; k < days.Count; k++)
        {
            if (k > 0)
                scores = Improve(scores);
            var notes = new Dictionary<Indicator, string>();
            if (k == 0 && Chance(0.25))
                notes[Indicator.HealthAndWellbeing] = Pick(HealthNotes);
            else if (k > 0 && Chance(0.1))
                notes[Indicator.HealthAndWellbeing] = Pick(HealthFollowUps);
            if (Chance(0.2))
                notes[Indicator.HardSkills] = Pick(HardSkillNotes);
            if (Chance(0.15))
                notes[Indicator.LabourMarketUnderstanding] = Pick(LabourMarketNotes);
            if (Chance(0.1))
                notes[Indicator.CultureKeys] = Pick(CultureNotes);
            var mode = k == 0 ? AssessmentMode.WithStaff : Chance(0.5) ? AssessmentMode.SelfAssessment : AssessmentMode.WithStaff;
            result.Add(new ScreeningPlan(days[k], scores, notes, mode));
        }

        return result;
    }

    private int[] Improve(int[] previous)
    {
        var next = previous.ToArray();
        for (var i = 0; i < next.Length; i++)
            if (next[i] < 5 && Chance(0.4))
                next[i]++;
        // At least two indicators move up, the lowest first: progress is the point of repeating the screening.
        while (next.Sum() - previous.Sum() < 2 && next.Any(s => s < 5))
        {
            var lowest = Array.IndexOf(next, next.Where(s => s < 5).Min());
            next[lowest]++;
        }

        return next;
    }

    private TargetGroup PickGroup(Programme programme, bool allowIntensive)
    {
        var options = new List<TargetGroup>();
        void Add(TargetGroup g, int weight)
        {
            if (programme.TargetGroups.HasFlag(g.AsSet()) && (allowIntensive || g != TargetGroup.IntensiveSupport))
                options.AddRange(Enumerable.Repeat(g, weight));
        }

        Add(TargetGroup.LightSupport, 7);
        Add(TargetGroup.Retraining, 8);
        Add(TargetGroup.IntensiveSupport, 5);
        return Pick(options);
    }

    private Applicant NewMentee(ProgrammeContext ctx, TargetGroup group, MentorPlan? mentor)
    {
        var site = ctx.Site;
        var origin = Origins[Pick(ctx.Spec.Origins)];
        var (first, last) = UniqueName(origin.FirstNames, origin.Surnames);
        var lusophone = site.Key == "pt" && origin.MotherTongue is "pt" or "kea";

        var languages = new List<LanguageSkill> { Lang(origin.MotherTongue, LanguageLevel.Native) };
        if (origin.SecondLanguage is { } second)
            languages.Add(Lang(second, second == "pt" && lusophone ? LanguageLevel.Fluent : Chance(0.6) ? LanguageLevel.Fluent : LanguageLevel.Conversational));
        var hostLevel = lusophone
            ? LanguageLevel.Native
            : group switch
            {
                TargetGroup.IntensiveSupport => LanguageLevel.Basic,
                TargetGroup.Retraining => Chance(0.5) ? LanguageLevel.Basic : LanguageLevel.Conversational,
                _ => Chance(0.3) ? LanguageLevel.Basic : LanguageLevel.Conversational,
            };
        if (!(lusophone && origin.MotherTongue == "kea"))
            languages.Add(Lang(site.HostLanguage, hostLevel));
        if (origin.MotherTongue != "en" && Chance(0.5))
            languages.Add(Lang("en", Pick([LanguageLevel.Basic, LanguageLevel.Conversational, LanguageLevel.Fluent])));

        // Matching needs a language both speak at least conversationally: she has come that far in the host language.
        if (mentor is not null && !languages.Exists(l => l.Level >= LanguageLevel.Conversational
                && mentor.Participant.Profile.Languages.Any(m => m.Code == l.Code && m.Level >= LanguageLevel.Conversational)))
        {
            hostLevel = LanguageLevel.Conversational;
            languages.RemoveAll(l => l.Code == site.HostLanguage);
            languages.Add(Lang(site.HostLanguage, hostLevel));
        }

        var culture = origin.MotherTongue switch
        {
            "uk" => "uk",
            "ar" => "ar",
            "pt" or "kea" => "pt",
            _ when site.Key == "pt" && hostLevel >= LanguageLevel.Conversational => "pt",
            _ => "en",
        };

        var withChildren = Chance(0.45);
        var availability = withChildren ? Availability(AvailabilityStyle.Daytime) : Availability(Chance(0.5) ? AvailabilityStyle.Flexible : AvailabilityStyle.Evenings);
        if (mentor is not null)
        {
            // Her slots meet her future mentor's at least once.
            var shared = Pick(mentor.Participant.Profile.Availability.Slots().ToList());
            availability = WeeklyAvailability.FromMask(availability.Mask | WeeklyAvailability.Of([shared]).Mask);
        }

        var (municipality, postcode) = mentor is not null && Chance(0.5)
            ? Place(site, mentor.Participant.Profile.Municipality)
            : Place(site, null);
        var (job, educations) = Pick(MenteeJobs);
        var education = group == TargetGroup.IntensiveSupport && !educations.Contains("Secondary school")
            ? Pick(["Primary school", "Secondary school, not finished", "Secondary school"])
            : Pick(educations);
        var years = R(2, 15);
        var arrived = _now.Year - R(1, group == TargetGroup.IntensiveSupport ? 3 : 8);
        var needs = PickAreas(ctx.Programme.SupportAreas, 2, 4);
        var about = group switch
        {
            TargetGroup.LightSupport => $"I worked as {Article(job)} {job} in {origin.Country} for {years} years. I would like to understand how working life works here and find a job in my field.",
            TargetGroup.Retraining => $"In {origin.Country} I worked as {Article(job)} {job}, but I cannot use my qualification here yet. I want to retrain and find a new profession.",
            _ => $"I came to {site.City} in {arrived}. First I need help with everyday things — documents, housing, the language — and then I hope to find work.",
        };
        if (withChildren)
            about += Pick([" I have two children at school.", " I have a small child at home.", " I am a single mother of three."]);
        var womanOnly = mentor is not { IsMan: true } && Chance(0.3);
        var profile = Profile.Create(
            $"{first} {last}", Email(first, last), Chance(0.85) ? Phone(site) : null, culture, Gender.Woman, origin.Code,
            municipality, postcode, languages, availability, PickSome(Interests, R(1, 4)), needs,
            new MatchingPreferences(womanOnly, false, false), about);

        var referral = Pick(MenteeReferrals);
        var notes = new InterviewNotes(
            $"{education}. Worked as {Article(job)} {job} for {years} years.",
            group switch
            {
                TargetGroup.LightSupport => "Wants to work in her field and understand the local job market and work culture.",
                TargetGroup.Retraining => "Wants to have her qualifications recognised or to retrain for a new profession.",
                _ => "Needs help with daily life first: documents, housing, health care, the language.",
            },
            "Help with " + string.Join(", ", needs.Each().Select(a => AreaWords[a])) + $"; meetings {(withChildren ? "while the children are at school" : "in the week")}.");
        return new Applicant(ParticipantRole.Mentee, profile, referral, ReferralDetail(site, referral, origin), notes);
    }

    // ---------------------------------------------------------------- personas

    private MenteePlan Samira(ProgrammeContext ctx)
    {
        var profile = Profile.Create(
            "Samira Haddad", DemoNetwork.SamiraEmail, "+358 40 718 2294", "ar", Gender.Woman, "SY", "Helsinki", "00530",
            [Lang("ar", LanguageLevel.Native), Lang("fi", LanguageLevel.Basic), Lang("en", LanguageLevel.Conversational), Lang("fr", LanguageLevel.Basic)],
            Slots((DayOfWeek.Monday, DayPart.Morning), (DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Tuesday, DayPart.Afternoon),
                (DayOfWeek.Wednesday, DayPart.Morning), (DayOfWeek.Thursday, DayPart.Morning), (DayOfWeek.Thursday, DayPart.Afternoon),
                (DayOfWeek.Friday, DayPart.Morning)),
            ["baking", "cooking", "coffee culture", "small business"],
            SupportAreas.LabourMarketOrientation | SupportAreas.JobSearch | SupportAreas.RightsAndObligations | SupportAreas.Qualifications,
            MatchingPreferences.None,
            "I have a degree in baking and pastry and ran my family's bakery in Aleppo for eight years. I want to know the rules and "
            + "the work culture in Finland — permits, the hygiene passport, how a workplace works — so that I can work in a bakery "
            + "again and one day open my own.");
        var applicant = new Applicant(ParticipantRole.Mentee, profile, ReferralSource.EmploymentOffice, ctx.Site.EmploymentOffice,
            new InterviewNotes(
                "Degree in baking and pastry (Aleppo); ran the family bakery for eight years and managed two employees.",
                "Wants to work in a Finnish bakery and later open her own café-bakery.",
                "To learn the rules (hygiene passport, permits, taxes) and the work culture; weekly meetings in the morning."));
        ScreeningPlan[] screenings =
        [
            new(141, [4, 4, 2, 4, 3, 2, 2], new()
            {
                [Indicator.HardSkills] = "Degree in baking and pastry; eight years running the family bakery.",
                [Indicator.LabourMarketUnderstanding] = "Has not heard of the hygiene passport or collective agreements yet.",
            }, AssessmentMode.WithStaff),
            new(66, [5, 4, 3, 4, 4, 3, 3], new()
            {
                [Indicator.LabourMarketUnderstanding] = "Hygiene passport done; knows how to read a job advert and a contract.",
            }, AssessmentMode.SelfAssessment),
        ];
        return new MenteePlan(applicant, TargetGroup.LightSupport, 150, screenings, "ar");
    }

    private MenteePlan Fatima(ProgrammeContext ctx)
    {
        var profile = Profile.Create(
            "Fatima Ahmadi", DemoNetwork.FatimaEmail, "+358 44 902 1157", "en", Gender.Woman, "AF", "Helsinki", "00940",
            [Lang("fa", LanguageLevel.Native), Lang("fi", LanguageLevel.Conversational), Lang("en", LanguageLevel.Basic)],
            Slots((DayOfWeek.Monday, DayPart.Morning), (DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Wednesday, DayPart.Morning),
                (DayOfWeek.Thursday, DayPart.Morning), (DayOfWeek.Friday, DayPart.Morning)),
            ["sewing", "cooking", "children's activities", "walking"],
            SupportAreas.Qualifications | SupportAreas.JobSearch | SupportAreas.ParentingAndFamily | SupportAreas.LabourMarketOrientation,
            new MatchingPreferences(true, false, false),
            "I came to Finland from Afghanistan in 2017 with my husband. We have three children, aged 4, 7 and 10, and I have been "
            + "at home on family leave for many years. Now the youngest is in daycare and I want to retrain — perhaps as a practical "
            + "nurse or in early childhood education — and find work. I speak Dari.");
        var applicant = new Applicant(ParticipantRole.Mentee, profile, ReferralSource.AnotherService, "Maternity and child health clinic (neuvola)",
            new InterviewNotes(
                "Secondary school in Herat; worked as a seamstress before coming to Finland. No Finnish qualifications yet.",
                "Wants to retrain after a long family leave, maybe as a practical nurse or in early childhood education.",
                "Meetings in the morning while the children are at school and daycare; help with study options and applications."));
        ScreeningPlan[] screenings =
        [
            new(216, [1, 3, 1, 3, 2, 2, 2], new()
            {
                [Indicator.HardSkills] = "No Finnish qualifications; sewing and tailoring experience from Herat.",
                [Indicator.PersonalRolesAndExpectations] = "Three children (4, 7, 10); long family leave; husband works shifts.",
            }, AssessmentMode.WithStaff),
            new(142, [2, 3, 2, 3, 3, 3, 3], new()
            {
                [Indicator.LabourMarketUnderstanding] = "Has visited the vocational college open day; knows the practical nurse route.",
            }, AssessmentMode.SelfAssessment),
            new(68, [2, 4, 3, 4, 3, 3, 4], new()
            {
                [Indicator.HardSkills] = "Applied to the practical nurse programme (spring intake).",
            }, AssessmentMode.WithStaff),
        ];
        return new MenteePlan(applicant, TargetGroup.Retraining, 226, screenings, "en");
    }

    private MenteePlan Tatiana(ProgrammeContext ctx)
    {
        var profile = Profile.Create(
            "Tatiana Kovalenko", DemoNetwork.TatianaEmail, "+371 2633 4418", "uk", Gender.Woman, "UA", "Rīga", "LV-1011",
            [Lang("uk", LanguageLevel.Native), Lang("ru", LanguageLevel.Fluent), Lang("lv", LanguageLevel.Basic), Lang("en", LanguageLevel.Basic)],
            Slots((DayOfWeek.Monday, DayPart.Morning), (DayOfWeek.Monday, DayPart.Evening), (DayOfWeek.Wednesday, DayPart.Afternoon),
                (DayOfWeek.Wednesday, DayPart.Evening), (DayOfWeek.Thursday, DayPart.Evening), (DayOfWeek.Saturday, DayPart.Morning)),
            ["digital marketing", "social media", "photography", "design"],
            SupportAreas.CityOrientation | SupportAreas.RightsAndObligations | SupportAreas.JobSearch | SupportAreas.HealthAndHabits,
            new MatchingPreferences(true, false, false),
            "I fled the war in Ukraine in 2022 and came to Riga alone. I have no formal education, but for six years I ran a small "
            + "web marketing business in Kharkiv — websites, social media and ads for local shops. I need help with documents, "
            + "housing and the language, and then I want to work again.");
        var applicant = new Applicant(ParticipantRole.Mentee, profile, ReferralSource.Video, "Video in Ukrainian shared in a Telegram group",
            new InterviewNotes(
                "No formal education; ran a small web marketing business in Kharkiv for six years (websites, social media, ads).",
                "Arrived alone in 2022; wants stability first, then work in digital marketing.",
                "Help with residence documents, housing and Latvian; someone to go with her to appointments."));
        ScreeningPlan[] screenings =
        [
            new(104, [2, 2, 1, 1, 1, 1, 1], new()
            {
                [Indicator.HealthAndWellbeing] = "Sleeps badly since arrival; sees a GP. Worries about her mother, who stayed in Kharkiv.",
                [Indicator.HardSkills] = "Strong practical web marketing skills, no certificates.",
            }, AssessmentMode.WithStaff),
            new(41, [3, 2, 2, 2, 2, 2, 2], new()
            {
                [Indicator.HealthAndWellbeing] = "Sleeping a little better; monthly GP appointments continue.",
                [Indicator.SocietalRightsAndObligations] = "Residence permit renewed; registered with the State Employment Agency.",
            }, AssessmentMode.WithStaff),
        ];
        return new MenteePlan(applicant, TargetGroup.IntensiveSupport, 112, screenings, "uk");
    }

    // ---------------------------------------------------------------- applications

    /// <summary>Submits, interviews and accepts: the participant is made by the decision, as in the real journey.</summary>
    private Participant Accept(ProgrammeContext ctx, Applicant applicant, int acceptDay)
    {
        var interviewDay = acceptDay + R(0, 2);
        var scheduleDay = interviewDay + R(2, 6);
        var appliedDay = scheduleDay + R(1, 5);
        var application = Submit(ctx, applicant, Day(appliedDay, R(7, 22), R(0, 59)));
        var interviewAt = Day(interviewDay, R(10, 14), R(0, 1) * 30);
        ScheduleInterview(ctx, application, interviewAt, Day(scheduleDay, R(9, 12), R(0, 3) * 15));
        var recordedAt = interviewAt.AddMinutes(R(50, 90));
        application.RecordInterview(applicant.Notes.Qualifications, applicant.Notes.Motivation, applicant.Notes.Expectations, ctx.Manager, recordedAt);
        var decidedAt = acceptDay == interviewDay ? recordedAt.AddMinutes(R(30, 120)) : Day(acceptDay, R(9, 16), R(0, 59));
        var participant = application.Decide(Decision.Accept, Chance(0.2) ? "Good fit for the programme; motivated and available." : null, ctx.Manager, decidedAt)
            ?? throw new InvalidOperationException("Accepting an application made no participant.");
        participant.CreatedAt = decidedAt;
        participant.CreatedById = ctx.Manager.UserId;
        _participants.Add(participant);
        return participant;
    }

    private Application Submit(ProgrammeContext ctx, Applicant applicant, DateTimeOffset at)
    {
        EnsurePast(at);
        var application = Application.Submit(ctx.Programme, applicant.Role, NewGuid(), applicant.Profile, applicant.Referral, applicant.ReferralDetail,
            true, ctx.Programme.PrivacyNoticeVersion, at);
        if (applicant.Role == ParticipantRole.Mentee)
            application.RecordFacts(EntryFacts.Record(EntryFactsOf(applicant.Profile, at), EntryFactsSource.ApplicationForm, DateOnly.FromDateTime(at.UtcDateTime), at));
        application.CreatedAt = at;
        _applications.Add(application);
        return application;
    }

    /// <summary>
    /// A mentee's answers at entry, plausible for the programmes' women: mostly out of work, every
    /// education level, mostly third-country nationals, ages across the bands, a few with a
    /// disability or without a stable home, some "prefer not to say". From their own random source,
    /// so the rest of the network stays as it was.
    /// </summary>
    private EntryFactsInput EntryFactsOf(Profile profile, DateTimeOffset at)
    {
        var r = _facts;
        var declined = EntryQuestion.None;
        T? Or<T>(EntryQuestion question, double declineChance, Func<T> answer)
            where T : struct
        {
            if (r.NextDouble() < declineChance)
            {
                declined |= question;
                return null;
            }

            return answer();
        }

        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var birth = Or(EntryQuestion.BirthDate, 0.04, () =>
        {
            var band = r.NextDouble();
            var years = band < 0.06 ? r.Next(16, 18) : band < 0.36 ? r.Next(18, 30) : band < 0.9 ? r.Next(30, 55) : r.Next(55, 68);
            return today.AddYears(-years).AddDays(-r.Next(1, 360));
        });
        var situation = Or(EntryQuestion.Situation, 0.05, () => r.NextDouble() switch
        {
            < 0.35 => SituationAtEntry.Unemployed,
            < 0.55 => SituationAtEntry.LongTermUnemployed,
            < 0.77 => SituationAtEntry.Inactive,
            < 0.93 => SituationAtEntry.Employed,
            _ => SituationAtEntry.SelfEmployed,
        });
        var education = Or(EntryQuestion.Education, 0.05, () => (EducationLevel)r.Next(0, 9));
        string? citizenship = null;
        var c = r.NextDouble();
        if (c < 0.08)
            declined |= EntryQuestion.Citizenship;
        else
            citizenship = c < 0.12 ? EntryFacts.Stateless : c < 0.2 ? "RO" : profile.CountryOfOrigin;
        var foreign = Or(EntryQuestion.ForeignBackground, 0.05, () => r.NextDouble() < 0.9 ? YesNo.Yes : YesNo.No);
        var disability = Or(EntryQuestion.Disability, 0.08, () => r.NextDouble() < 0.07 ? YesNo.Yes : YesNo.No);
        var homeless = Or(EntryQuestion.Homeless, 0.05, () => r.NextDouble() < 0.06 ? YesNo.Yes : YesNo.No);
        var language = Or(EntryQuestion.HostLanguage, 0.05, () => (CefrLevel)r.Next(0, 5));
        return new EntryFactsInput(birth, situation, education, citizenship, foreign, disability, homeless, language, declined);
    }

    private void ScheduleInterview(ProgrammeContext ctx, Application application, DateTimeOffset interviewAt, DateTimeOffset scheduledAt)
    {
        EnsurePast(scheduledAt);
        if (Chance(0.3))
            application.ScheduleInterview(interviewAt, null, $"https://meet.example.org/ponte-{_rng.Next(0x100000, 0xFFFFFF):x6}", ctx.Manager, scheduledAt);
        else
            application.ScheduleInterview(interviewAt, ctx.Site.Office, null, ctx.Manager, scheduledAt);
    }

    /// <summary>Applications still in the inbox, or decided without a place: every stage shows.</summary>
    private void AddOpenApplications(ProgrammeContext ctx)
    {
        Applicant Mentee() => NewMentee(ctx, PickGroup(ctx.Programme, true), null);
        Applicant Mentor() => NewMentor(ctx, ctx.Spec.MenMentors && Chance(0.2), Chance(0.3));

        // New applications.
        Submit(ctx, Mentee(), Day(R(1, 4), R(7, 22), R(0, 59)));
        Submit(ctx, Mentee(), Day(R(5, 10), R(7, 22), R(0, 59)));
        Submit(ctx, Mentor(), Day(R(1, 8), R(7, 22), R(0, 59)));

        // Interviews booked for the coming days.
        foreach (var applicant in new[] { Mentee(), Mentee(), Mentor() })
        {
            var appliedDay = R(4, 12);
            var application = Submit(ctx, applicant, Day(appliedDay, R(7, 22), R(0, 59)));
            ScheduleInterview(ctx, application, Day(-R(1, 7), R(10, 15), R(0, 1) * 30), Day(appliedDay - R(1, appliedDay - 1), R(9, 16), R(0, 3) * 15));
        }

        // Interviewed, waiting for a decision.
        Interview(ctx, Mentee(), R(3, 8));

        // Wait-listed.
        var waitListed = Interview(ctx, Mentee(), R(30, 120));
        waitListed.Decide(Decision.WaitList, Pick(WaitListReasons), ctx.Manager, waitListed.History[^1].At.AddDays(R(1, 3)));

        // Declined, with a reason: one after the interview, one straight from the form.
        var declined = Interview(ctx, Mentee(), R(20, 200));
        declined.Decide(Decision.Decline, Pick(MenteeDeclineReasons).Replace("{city}", ctx.Site.OtherCity, StringComparison.Ordinal), ctx.Manager,
            declined.History[^1].At.AddDays(R(1, 3)));
        var mentorDeclined = Interview(ctx, Mentor(), R(30, 180));
        mentorDeclined.Decide(Decision.Decline, Pick(MentorDeclineReasons), ctx.Manager, mentorDeclined.History[^1].At.AddDays(R(1, 3)));
        var appliedAt = Day(R(15, 90), R(7, 22), R(0, 59));
        var notEligible = Submit(ctx, Mentee(), appliedAt);
        notEligible.Decide(Decision.Decline, $"Lives in {ctx.Site.OtherCity}, outside the programme's area; referred to the partner there.", ctx.Manager,
            appliedAt.AddDays(R(1, 4)));
    }

    private Application Interview(ProgrammeContext ctx, Applicant applicant, int interviewDay)
    {
        var scheduleDay = interviewDay + R(2, 6);
        var application = Submit(ctx, applicant, Day(scheduleDay + R(1, 5), R(7, 22), R(0, 59)));
        var interviewAt = Day(interviewDay, R(10, 14), R(0, 1) * 30);
        ScheduleInterview(ctx, application, interviewAt, Day(scheduleDay, R(9, 12), R(0, 3) * 15));
        var recordedAt = interviewAt.AddMinutes(R(50, 90));
        EnsurePast(recordedAt);
        application.RecordInterview(applicant.Notes.Qualifications, applicant.Notes.Motivation, applicant.Notes.Expectations, ctx.Manager, recordedAt);
        return application;
    }

    // ---------------------------------------------------------------- after the match: runs and processes

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Each programme's agreement in the organisation's language and in English, written before the first match.</summary>
    private void WriteAgreementTemplates(ProgrammeContext ctx)
    {
        string[] languages = [ctx.Site.HostLanguage, "en"];
        for (var i = 0; i < languages.Length; i++)
        {
            var at = Day(HorizonDays + 12, 14, 30 + (i * 20));
            var template = AgreementTemplate.Create(ctx.Programme, languages[i], DemoMentoringTexts.Agreement(ctx.Spec.Template, languages[i]), ctx.Manager, at);
            template.CreatedAt = at;
            template.CreatedById = ctx.Manager.UserId;
            _templates.Add(template);
        }
    }

    /// <summary>A match joins the programme's matching moment (one run per programme and moment), planned when its first match is.</summary>
    private void AddMatch(MatchPlan match)
    {
        _matches.Add(match);
        var moment = _moments.Find(m => m.Ctx == match.Ctx && m.At == match.At);
        if (moment is null)
        {
            moment = new MatchMoment(match.Ctx, match.At);
            _moments.Add(moment);
            Schedule(match.At, () => RunMatching(moment));
        }

        moment.Matches.Add(match);
    }

    /// <summary>
    /// The manager runs the board, sees the engine's proposal (its explanation and next-best mentors)
    /// for each mentee of this moment and approves it: the relationship starts, then the process, or
    /// the mentee joins her mentor's group. Every process line goes on each participant's timeline.
    /// </summary>
    private void RunMatching(MatchMoment moment)
    {
        var ctx = moment.Ctx;
        var programme = ctx.Programme;
        var at = moment.At;
        var inProgramme = _participants.Where(p => p.ProgrammeId == programme.Id).ToList();
        var taken = _relationships.Where(r => r.ProgrammeId == programme.Id && r.Status == RelationshipStatus.Active)
            .GroupBy(r => r.MentorId).ToDictionary(g => g.Key, g => g.Count());
        int Room(Participant mentor) => Math.Max(0, mentor.CapacityIn(programme) - taken.GetValueOrDefault(mentor.Id));
        var mentors = inProgramme.Where(p => p.IsMentor && p.Status is ParticipantStatus.ReadyToMatch or ParticipantStatus.Matched && Room(p) > 0).ToList();
        var waiting = inProgramme.Count(p => !p.IsMentor && p.Status == ParticipantStatus.ReadyToMatch && p.TargetGroup is not null);
        var mentees = moment.Matches.SelectMany(m => m.Mentees).ToList();
        var engine = new MatchingEngine(new MatchingInput(
            mentees.Select(m => MenteeProfile.FromParticipant(m)).ToList(),
            mentors.Select(m => MentorProfile.FromParticipant(m, Room(m))).ToList(),
            [programme.MatchingSettings]));

        var approvals = new List<(MatchPlan Match, Participant Mentee, MatchProposal Proposal)>();
        foreach (var match in moment.Matches)
        {
            foreach (var mentee in match.Mentees)
            {
                var pair = engine.Evaluate(mentee.Id.ToString(), match.Mentor.Id.ToString()).Pair
                    ?? throw new InvalidOperationException($"The demo matched {mentee.Profile.FullName} with a mentor the engine rules out.");
                var alternatives = mentors.Where(m => m.Id != match.Mentor.Id)
                    .Select(m => engine.Evaluate(mentee.Id.ToString(), m.Id.ToString()).Pair)
                    .OfType<ScoredPair>()
                    .OrderByDescending(p => p.Score.Cents)
                    .Take(3)
                    .Select(p => new StoredAlternative(Guid.Parse(p.MentorId), p.Score.Cents, Breakdown(p, programme)))
                    .ToList();
                var proposal = MatchProposal.Create(mentee.Id, match.Mentor.Id, pair.Score.Cents,
                    JsonSerializer.Serialize(Breakdown(pair, programme), Json), JsonSerializer.Serialize(alternatives, Json));
                approvals.Add((match, mentee, proposal));
            }
        }

        var run = MatchingRun.Record(ctx.Organisation.Id, programme.Id, ctx.Manager, at, waiting, mentors.Count, taken.Values.Sum(), S(6, 48),
            approvals.Select(a => a.Proposal), []);
        run.CreatedAt = at;
        run.CreatedById = ctx.Manager.UserId;
        _runs.Add(run);

        for (var k = 0; k < approvals.Count; k++)
        {
            var (match, mentee, proposal) = approvals[k];
            var approvedAt = at.AddMinutes(2 + k);
            var relationship = MentoringRelationship.Start(match.Mentor, mentee, ctx.Manager, approvedAt);
            relationship.CreatedAt = approvedAt;
            relationship.CreatedById = ctx.Manager.UserId;
            _relationships.Add(relationship);
            run.Approve(proposal, relationship.Id, ctx.Manager, approvedAt);

            // Everyone accepted has an account (invited on acceptance); the demo gives the id, the site the account.
            foreach (var person in new[] { match.Mentor, mentee }.Where(p => p.UserId is null))
                person.LinkUser(Guid.CreateVersion7());

            if (match.Process is null)
            {
                var process = MentoringProcess.Start(programme, match.Mentor, [mentee], null, [proposal], ctx.Manager, approvedAt);
                process.CreatedAt = approvedAt;
                process.CreatedById = ctx.Manager.UserId;
                _processes.Add(process);
                match.Process = process;
                Copy(new ProcessChange(process.Timeline, process.ParticipantIds));
            }
            else
            {
                Copy(match.Process.AddMentee(programme, mentee, proposal, ctx.Manager, approvedAt));
            }
        }
    }

    private static List<StoredCriterion> Breakdown(ScoredPair pair, Programme programme) =>
        [.. pair.Breakdown.Select(c => new StoredCriterion(c.Criterion, c.Points.Cents, programme.Weights[c.Criterion].Cents, c.Facts))];

    /// <summary>Writes a process's lines on the timeline of each participant it names.</summary>
    private void Copy(ProcessChange change)
    {
        foreach (var id in change.ParticipantIds)
            _byId[id].CopyToTimeline(change.Lines);
    }

    private static Actor ActorOf(Participant participant) =>
        new(participant.UserId ?? throw new InvalidOperationException($"{participant.Profile.FullName} has no account."), participant.Profile.FullName);

    /// <summary>
    /// Most processes are active; the newest matches of some programmes are still on paper (no
    /// agreement, or one waiting for the mentee's or the organisation's acceptance), one process is
    /// paused and one agreement was changed after the mentor's first acceptance. Two Lisbon pairs
    /// matched six months ago closed (one completed, one renewed with the same mentor), a SMILE pair
    /// ended early, and a Ukrainian-programme process is paused for a concern. Some of the active
    /// ones give the needs-attention list its reasons: a silent pair, a low score, "not a good fit",
    /// an open concern and a missed plan review.
    /// </summary>
    private void AssignProcessStates()
    {
        List<MatchPlan> Newest(ProgrammeTemplate template) => _matches
            .Where(m => m.Ctx.Spec.Template == template && m.Persona == DemoPersona.None && m.State == PlannedState.Active)
            .OrderByDescending(m => m.At)
            .ToList();

        var lisbon = Newest(ProgrammeTemplate.PortugueseMentoringForMigrants);
        lisbon[0].State = PlannedState.Matched;
        lisbon[1].State = PlannedState.AwaitingMentee;
        lisbon[2].State = PlannedState.AwaitingOrganisation;
        lisbon[^1].State = PlannedState.ActiveAfterChange;
        lisbon[3].FollowUp = FollowUpRole.LowScore;
        lisbon[4].FollowUp = FollowUpRole.OpenConcern;
        lisbon[5].FollowUp = FollowUpRole.Silent;
        lisbon[6].FollowUp = FollowUpRole.ReviewPassed;
        var smile = Newest(ProgrammeTemplate.Smile);
        smile[0].State = PlannedState.Matched;
        smile[^1].State = PlannedState.Paused;
        smile[1].State = PlannedState.EndedEarly;
        var rethink = Newest(ProgrammeTemplate.Rethink);
        rethink[0].State = PlannedState.AwaitingOrganisation;
        var ukrainian = Newest(ProgrammeTemplate.SocialMentorSupportUkrainianRefugees);
        var withMan = ukrainian.Find(m => m.Mentor.Profile.Gender == Gender.Man) ?? ukrainian[0];
        withMan.State = PlannedState.PausedForConcern;
        ukrainian.First(m => m != withMan).FollowUp = FollowUpRole.NotAGoodFit;
        _matches.First(m => m.IsGroup).FollowUp = FollowUpRole.ResolvedConcern;
    }

    /// <summary>The agreement in the organisation's language when every mentee speaks it well enough; otherwise the English one.</summary>
    private AgreementTemplate TemplateFor(MatchPlan match)
    {
        var host = match.Ctx.Site.HostLanguage;
        var speaksIt = match.Mentees.All(m => m.Profile.Languages.Any(l => l.Code == host && l.Level >= LanguageLevel.Conversational));
        var language = speaksIt ? host : "en";
        return _templates.Single(t => t.ProgrammeId == match.Ctx.Programme.Id && t.Language == language);
    }

    private static string PairGoalsOf(MatchPlan match, string language) => match.Persona switch
    {
        DemoPersona.Samira => DemoMentoringTexts.SamiraPairGoals,
        DemoPersona.Tatiana => DemoMentoringTexts.TatianaPairGoals,
        _ when match.IsGroup => DemoMentoringTexts.GroupGoals(language),
        _ => DemoMentoringTexts.PairGoals(AreasOf(match.Mentees[0]).Take(3), language),
    };

    /// <summary>The blueprint's areas of the support a mentee asked for, in the order of her needs.</summary>
    private static List<GoalArea> AreasOf(Participant mentee)
    {
        var areas = mentee.Profile.SupportAreas.Each().Select(a => a switch
        {
            SupportAreas.Health or SupportAreas.HealthAndHabits => GoalArea.HealthAndHabits,
            SupportAreas.Parenting or SupportAreas.ParentingAndFamily => GoalArea.ParentingAndFamily,
            SupportAreas.Citizenship or SupportAreas.RightsAndObligations => GoalArea.RightsAndObligations,
            SupportAreas.Participation or SupportAreas.CityOrientation => GoalArea.CityOrientation,
            _ => GoalArea.LabourMarketOrientation,
        }).Distinct().ToList();
        return areas.Count > 0 ? areas : [GoalArea.LabourMarketOrientation];
    }

    private static MeetingTopic TopicOf(GoalArea area) => area switch
    {
        GoalArea.LabourMarketOrientation => MeetingTopic.LabourMarketOrientation,
        GoalArea.HealthAndHabits => MeetingTopic.HealthAndHabits,
        GoalArea.ParentingAndFamily => MeetingTopic.ParentingAndFamily,
        GoalArea.RightsAndObligations => MeetingTopic.RightsAndObligations,
        GoalArea.CityOrientation => MeetingTopic.CityOrientation,
        _ => MeetingTopic.Other,
    };

    /// <summary>A demo text with the site's own offices and city.</summary>
    private static string Fill(string text, Site site) => text
        .Replace("{city}", site.City, StringComparison.Ordinal)
        .Replace("{office}", site.EmploymentOffice, StringComparison.Ordinal)
        .Replace("{migration}", site.MigrationOffice, StringComparison.Ordinal)
        .Replace("{tax}", site.TaxOffice, StringComparison.Ordinal);

    // ---------------------------------------------------------------- after the match: each process's story

    /// <summary>
    /// Plans one process from its match to now: the agreement drafted and accepted (or not yet),
    /// contact sharing, the mentees' support plans, meetings logged with their notes and the plan's
    /// progress after each, the check-ins while it was active, a pause, a concern or its closing with
    /// the final forms, and meetings booked for the coming two weeks.
    /// </summary>
    private void PlanStory(MatchPlan match)
    {
        if (match.State == PlannedState.Matched)
            return;
        var ctx = match.Ctx;
        var programme = ctx.Programme;
        var manager = ctx.Manager;
        // A process that closed or was paused for a concern has its story before that day.
        var storyEnd = match.State switch
        {
            PlannedState.Completed => Day(CompletedCloseDay + 1, 21),
            PlannedState.Renewed => Day(RenewedCloseDay + 1, 21),
            PlannedState.EndedEarly => Day(EndedEarlyCloseDay + 3, 21),
            PlannedState.PausedForConcern => Day(ConcernRaisedDay + 1, 21),
            _ => Day(1, 21),
        };
        var clock = new StoryClock(match.At.AddMinutes(30), storyEnd);
        var template = TemplateFor(match);
        var goals = PairGoalsOf(match, template.Language);
        var months = Math.Max(1, (int)Math.Round(programme.DurationWeeks / 4.345));

        var draftAt = clock.At(0.03, S(9, 11), S(0, 3) * 15);
        Schedule(draftAt, () => Copy(match.P.DraftAgreement(template, goals, programme.MeetingRhythm, months, manager, draftAt)));
        var accepted = new List<DateTimeOffset> { Accept(match, match.Mentor, AgreementRole.Mentor, clock.At(0.05, S(18, 21), S(0, 3) * 15)) };
        if (match.State == PlannedState.ActiveAfterChange)
        {
            // The mentee's new shifts: the pair meets every two weeks, so the text changes after the mentor's acceptance.
            var changeAt = clock.AfterByDay(TimeSpan.FromHours(S(14, 40)));
            var changed = goals + DemoMentoringTexts.FortnightlyNote(template.Language);
            Schedule(changeAt, () => Copy(match.P.ChangeAgreement(changed, MeetingRhythm.Fortnightly, months, manager, changeAt)));
            accepted.Add(Accept(match, match.Mentor, AgreementRole.Mentor, clock.AfterByDay(TimeSpan.FromHours(S(2, 8)))));
        }

        if (match.State != PlannedState.AwaitingMentee)
        {
            for (var j = 0; j < match.Mentees.Count; j++)
                accepted.Add(Accept(match, match.Mentees[j], AgreementRole.Mentee, clock.At(0.08 + (0.004 * j), S(8, 21), S(0, 3) * 15)));
        }

        if (match.State != PlannedState.AwaitingOrganisation)
        {
            var orgAt = clock.At(0.1, S(9, 15), S(0, 3) * 15);
            accepted.Add(orgAt);
            Schedule(orgAt, () => Copy(match.P.AcceptAgreement(AgreementRole.Organisation, manager, orgAt)));
        }

        if (match.State is PlannedState.AwaitingMentee or PlannedState.AwaitingOrganisation)
            return;

        // Active from here: the last acceptance made it so.
        var activeAt = accepted.Max();
        var plans = match.Mentees.Select(m => new PlanHolder(m, GoalsFor(match, m))).ToList();
        for (var j = 0; j < plans.Count; j++)
            StartPlan(match, plans[j], clock.At(0.11 + (0.004 * j), S(9, 21), S(0, 3) * 15));

        // The first meeting soon after the start, the others spread over the months since.
        var notes = MeetingNotesFor(match, plans[0]);
        var end = match.State == PlannedState.Paused ? 0.6 : 0.92;
        var scripted = PersonaSteps(match.Persona) ?? ClosingSteps(match.State);
        var steps = scripted is null ? PlanSteps(plans) : [];
        var held = new List<(DateTimeOffset Held, DateTimeOffset Logged)>();
        for (var k = 0; k < notes.Count; k++)
        {
            var fraction = k == 0 ? 0.13 : 0.13 + (k * (end - 0.13) / Math.Max(1, notes.Count - 1));
            var after = k == notes.Count - 1 ? steps.Count : steps.Count * (k + 1) / notes.Count;
            var before = steps.Count * k / notes.Count;
            var these = scripted is null ? steps.GetRange(before, after - before) : [.. scripted[k].Select(step => (plans[0], step))];
            held.Add(PlanMeeting(match, plans, notes[k], k, fraction, clock, these));
            if (match.Persona == DemoPersona.Samira)
                SamiraSteps(match, plans[0], k, clock);
            else if (match.Persona == DemoPersona.Fatima && k == 1)
                FatimaStudy(match, plans[0], clock);
        }

        if (match.Persona == DemoPersona.Samira)
        {
            var reviewAt = clock.At(0.94, 11, 0);
            var samira = match.Mentees[0];
            var next = DateOnly.FromDateTime(_today.AddDays(S(18, 26)).DateTime);
            Schedule(reviewAt, () => plans[0].P.RecordReview(DateOnly.FromDateTime(reviewAt.DateTime),
                "Midpoint review with the SMILE self-ratings: labour market understanding up from 2 to 3 and culture keys from 2 to 3. "
                + "The bakery job is the big step; next comes the café-bakery checklist.",
                next, PlanEditor.Of(match.P, ActorOf(samira)), reviewAt));
        }

        switch (match.State)
        {
            case PlannedState.Paused:
                var pausedAt = clock.At(0.7, S(9, 12), S(0, 3) * 15);
                Schedule(pausedAt, () => Copy(match.P.Pause(PauseReason.Illness,
                    "The mentee is in hospital for an operation; she will call the coordinator when she is ready to continue.", manager, pausedAt)));
                PlanCheckIns(match, activeAt, pausedAt, held);
                return;
            case PlannedState.PausedForConcern:
                PlanCheckIns(match, activeAt, PlanRelationshipConcern(match), held);
                return;
            case PlannedState.Completed or PlannedState.EndedEarly or PlannedState.Renewed:
                PlanCheckIns(match, activeAt, PlanClosing(match, plans[0]), held);
                return;
        }

        PlanCheckIns(match, activeAt, _now, held);
        switch (match.FollowUp)
        {
            case FollowUpRole.OpenConcern:
                PlanOpenConcern(match);
                break;
            case FollowUpRole.ResolvedConcern:
                PlanResolvedConcern(match);
                break;
            case FollowUpRole.ReviewPassed:
                PlanMissedReview(match, plans[0]);
                break;
        }

        var quiet = match.FollowUp is FollowUpRole.Silent or FollowUpRole.LowScore;
        if (!quiet && (match.Persona is DemoPersona.Tatiana or DemoPersona.Samira || (match.IsGroup && match == _matches.First(m => m.IsGroup)) || SChance(0.3)))
            BookUpcomingMeeting(match, clock);
        if (match == _matches.First(m => m.Ctx.Spec.Template == ProgrammeTemplate.PortugueseMentoringForMigrants && m.State == PlannedState.Active))
            BookAndCancelMeeting(match, clock);
    }

    /// <summary>A party accepts the agreement's current version and chooses, at the same time, what of her contact she shares.</summary>
    private DateTimeOffset Accept(MatchPlan match, Participant participant, AgreementRole role, DateTimeOffset at)
    {
        var sharing = match.Persona != DemoPersona.None
            ? ContactSharing.Both
            : SPick([ContactSharing.Email, ContactSharing.Email, ContactSharing.Email, ContactSharing.Both, ContactSharing.Both,
                ContactSharing.Both, ContactSharing.Both, ContactSharing.Phone, ContactSharing.None]);
        Schedule(at, () =>
        {
            var actor = ActorOf(participant);
            Copy(match.P.AcceptAgreement(role, actor, at));
            match.P.ShareContact(sharing, actor);
        });
        return at;
    }

    /// <summary>The personas' own goals; otherwise one goal in a group, one to three from the areas a mentee asked for.</summary>
    private List<DemoGoal> GoalsFor(MatchPlan match, Participant mentee)
    {
        switch (match.Persona)
        {
            case DemoPersona.Samira when mentee == match.Mentees[0]:
                return [.. DemoMentoringTexts.SamiraGoals];
            case DemoPersona.Tatiana when mentee == match.Mentees[0]:
                return [.. DemoMentoringTexts.TatianaGoals];
            case DemoPersona.Fatima when mentee == match.Mentees[0]:
                return [.. DemoMentoringTexts.FatimaGoals];
        }

        if (ClosingStoryOf(match.State) is { } story)
            return [.. story.Goals];
        if (match.IsGroup)
            return [SPick(DemoMentoringTexts.Goals[GoalArea.LabourMarketOrientation])];
        var count = S(1, 3);
        return AreasOf(mentee).Take(count).Select(a => SPick(DemoMentoringTexts.Goals[a])).ToList();
    }

    /// <summary>The plan is started by the mentor for her mentee, or by a mentee for herself (in a group, and Samira); its goals and actions follow at once.</summary>
    private void StartPlan(MatchPlan match, PlanHolder holder, DateTimeOffset at)
    {
        var site = match.Ctx.Site;
        var byMentee = match.IsGroup || match.Persona == DemoPersona.Samira;
        var dueBy = DateOnly.FromDateTime(match.At.AddDays(match.Ctx.Programme.DurationWeeks * 7).DateTime);
        Schedule(at, () =>
        {
            var actor = ActorOf(byMentee ? holder.Mentee : match.Mentor);
            var plan = SupportPlan.For(match.P, holder.Mentee.Id, actor, at);
            plan.CreatedAt = at;
            plan.CreatedById = actor.UserId;
            _plans.Add(plan);
            holder.Plan = plan;
            var editor = PlanEditor.Of(match.P, actor);
            foreach (var goal in holder.Goals)
            {
                var added = plan.AddGoal(goal.Area, goal.FreeAreaName, Fill(goal.What, site), Fill(goal.Measure, site), dueBy, editor, at);
                foreach (var (what, who) in goal.Actions)
                    plan.AddAction(added.Id, Fill(what, site), who, null, editor, at);
            }
        });
    }

    /// <summary>
    /// What the pair does on the plans between meetings, in order: each goal started, some of its
    /// actions done and, when all are, sometimes achieved; the last of three goals may wait.
    /// </summary>
    private List<(PlanHolder Holder, PlanStep Step)> PlanSteps(List<PlanHolder> plans)
    {
        var perGoal = new List<List<(PlanHolder, PlanStep)>>();
        foreach (var holder in plans)
        {
            for (var g = 0; g < holder.Goals.Count; g++)
            {
                if (g == 2 && SChance(0.5))
                    continue;
                var actions = holder.Goals[g].Actions.Length;
                var done = g == 0 ? S(Math.Min(1, actions), actions) : S(0, actions);
                var steps = new List<(PlanHolder, PlanStep)> { (holder, new PlanStep(g, -1, GoalStatus.InProgress)) };
                for (var a = 0; a < done; a++)
                    steps.Add((holder, new PlanStep(g, a, null)));
                if (done == actions && SChance(0.5))
                    steps.Add((holder, new PlanStep(g, -1, GoalStatus.Achieved)));
                perGoal.Add(steps);
            }
        }

        // Round-robin across goals: each goal's own steps stay in order.
        var all = new List<(PlanHolder, PlanStep)>();
        for (var i = 0; perGoal.Any(s => i < s.Count); i++)
            all.AddRange(perGoal.Where(s => i < s.Count).Select(s => s[i]));
        return all;
    }

    /// <summary>
    /// The personas' plans move as their meeting notes tell, meeting by meeting (goal, action or -1
    /// with a status); Samira's applications and their steps come from <see cref="SamiraSteps"/>.
    /// </summary>
    private static PlanStep[][]? PersonaSteps(DemoPersona persona) => persona switch
    {
        DemoPersona.Samira =>
        [
            [new(0, -1, GoalStatus.InProgress), new(1, -1, GoalStatus.InProgress), new(0, 1, null), new(1, 0, null)],
            [new(0, 0, null), new(3, -1, GoalStatus.InProgress)],
            [new(1, 1, null)],
            [new(0, 3, null)],
        ],
        DemoPersona.Tatiana =>
        [
            [new(0, -1, GoalStatus.InProgress), new(0, 0, null)],
            [new(0, 1, null), new(0, 2, null), new(0, -1, GoalStatus.Achieved)],
            [new(1, -1, GoalStatus.InProgress), new(1, 0, null), new(1, 1, null)],
            [new(2, -1, GoalStatus.InProgress), new(2, 1, null)],
        ],
        DemoPersona.Fatima =>
        [
            [new(0, -1, GoalStatus.InProgress), new(0, 0, null)],
            [new(0, 1, null), new(1, -1, GoalStatus.InProgress), new(1, 0, null)],
            [new(0, -1, GoalStatus.Achieved)],
        ],
        _ => null,
    };

    private static void ApplyStep(MatchPlan match, PlanHolder holder, PlanStep step, Actor actor, DateTimeOffset at)
    {
        var plan = holder.P;
        var goal = plan.Goals[step.Goal];
        var editor = PlanEditor.Of(match.P, actor);
        if (step.Status is { } status)
            plan.SetGoalStatus(goal.Id, status, status == GoalStatus.Achieved ? DemoFollowUpTexts.AchievedNote(match.IsClosing ? match.Ctx.Site.Culture : "en") : null, editor, at);
        else
            plan.MarkActionDone(goal.Actions[step.Action].Id, true, editor, at);
    }

    private List<DemoMeetingNote> MeetingNotesFor(MatchPlan match, PlanHolder first)
    {
        var site = match.Ctx.Site;
        DemoMeetingNote Filled(DemoMeetingNote n) => n with
        {
            SharedNotes = Fill(n.SharedNotes, site),
            NextSteps = Fill(n.NextSteps, site),
            PrivateNote = n.PrivateNote is null ? null : Fill(n.PrivateNote, site),
        };

        List<DemoMeetingNote> notes = match.Persona switch
        {
            DemoPersona.Samira => [.. DemoMentoringTexts.SamiraMeetings],
            DemoPersona.Tatiana => [.. DemoMentoringTexts.TatianaMeetings],
            DemoPersona.Fatima => [.. DemoMentoringTexts.FatimaMeetings],
            _ when match.IsClosing => [DemoMentoringTexts.FirstMeeting, .. Enumerable.Range(0, 3).Select(k => SPick(NotesOf(first.Goals[k % first.Goals.Count].Area)))],
            _ when match.IsGroup => [.. DemoMentoringTexts.GroupSessions.Take(S(3, 4))],
            _ => [DemoMentoringTexts.FirstMeeting, .. Enumerable.Range(0, S(0, 3)).Select(k => SPick(DemoMentoringTexts.Notes[first.Goals[k % first.Goals.Count].Area]))],
        };
        if (match.State == PlannedState.Paused || match.FollowUp == FollowUpRole.LowScore)
            notes = notes.Take(2).ToList();
        // The silent pair met once and then went quiet.
        if (match.FollowUp == FollowUpRole.Silent)
            notes = notes.Take(1).ToList();
        return notes.Select(Filled).ToList();
    }

    private static DemoMeetingNote[] NotesOf(GoalArea area) =>
        DemoMentoringTexts.Notes.TryGetValue(area, out var notes) ? notes : DemoMentoringTexts.Notes[GoalArea.LabourMarketOrientation];

    /// <summary>
    /// One meeting, half of them booked first (and so sent as an invitation) and half logged
    /// afterwards; the log has the topics, the plan goals it worked on, the notes and, in a group,
    /// who came. The plan steps of the days after follow the log.
    /// </summary>
    private (DateTimeOffset Held, DateTimeOffset Logged) PlanMeeting(MatchPlan match, List<PlanHolder> plans, DemoMeetingNote note, int index, double fraction, StoryClock clock,
        List<(PlanHolder Holder, PlanStep Step)> steps)
    {
        var site = match.Ctx.Site;
        // The first meeting is at the organisation, the personas' where their notes say; some later ones online.
        var online = !match.IsGroup && match.Persona == DemoPersona.None && index > 0 && SChance(0.25);
        var place = note.Place ?? (match.IsGroup || index == 0 ? site.Office : SPick(site.MeetingPlaces));
        var link = online ? $"https://meet.example.org/ponte-{_story.Next(0x100000, 0xFFFFFF):x6}" : null;
        var minutes = match.IsGroup ? 120 : S(3, 6) * 15;
        // The mentor logs most meetings; a mentee logs some of the later ones, in her own words.
        var byMentee = !match.IsGroup && match.Persona == DemoPersona.None && index > 0 && SChance(0.25);
        if (byMentee)
        {
            var own = SPick(DemoMentoringTexts.MenteeNotes);
            note = own with { SharedNotes = Fill(own.SharedNotes, site), NextSteps = Fill(own.NextSteps, site) };
        }

        var logger = byMentee ? match.Mentees[0] : match.Mentor;
        var privateNote = byMentee ? null : note.PrivateNote ?? (SChance(0.2) ? SPick(DemoMentoringTexts.PrivateNotes) : null);
        // Everyone comes to the first session; at each later one a member misses it, and now and then another.
        var attended = match.Mentees.Select((_, j) => index == 0 || j == 0 || (j != index && SChance(0.9))).ToList();
        var heldMinutes = minutes + (S(-1, 2) * 5);
        var booked = SChance(0.5);
        var hour = match.IsGroup ? 17 : SPick([10, 11, 14, 17, 18]);

        DateTimeOffset? bookedAt = booked ? clock.At(fraction - 0.03, S(19, 21), S(0, 3) * 15) : null;
        var heldAt = clock.At(fraction, hour, SPick([0, 0, 30]));
        var loggedAt = clock.AfterByDay(TimeSpan.FromMinutes(heldMinutes + S(20, 300)));
        var mode = online ? MeetingMode.Online : MeetingMode.InPerson;
        Meeting? meeting = null;
        if (bookedAt is { } bookingAt)
        {
            var booker = SChance(0.7) ? match.Mentor : match.Mentees[0];
            Schedule(bookingAt, () =>
            {
                meeting = Meeting.Schedule(match.P, heldAt, minutes, mode, online ? null : place, link, ActorOf(booker), bookingAt);
                meeting.CreatedAt = bookingAt;
                meeting.CreatedById = booker.UserId;
                _meetings.Add(meeting);
            });
        }

        Schedule(loggedAt, () =>
        {
            List<Guid> goalIds = match.IsGroup
                ? []
                : plans[0].P.Goals.Where(g => (TopicOf(g.Area) & note.Topics) != 0).Select(g => g.Id).ToList();
            var held = new HeldMeeting(heldAt, heldMinutes, mode, note.Topics, goalIds, note.SharedNotes, privateNote, note.NextSteps);
            var actor = ActorOf(logger);
            if (meeting is null)
            {
                meeting = Meeting.LogUnscheduled(match.P, held, actor, loggedAt);
                meeting.CreatedAt = loggedAt;
                meeting.CreatedById = actor.UserId;
                _meetings.Add(meeting);
            }
            else
            {
                meeting.Log(match.P, held, actor, loggedAt);
            }

            if (match.IsGroup)
            {
                for (var j = 0; j < match.Mentees.Count; j++)
                    meeting.RecordAttendance(match.Mentees[j].Id, attended[j]);
            }
        });

        // The plans move on in the days after the meeting, each step by the mentee or her mentor.
        foreach (var (holder, step) in steps)
        {
            var at = clock.AfterByDay(TimeSpan.FromHours(S(2, 30)));
            var byHer = SChance(0.5);
            Schedule(at, () => ApplyStep(match, holder, step, ActorOf(byHer ? holder.Mentee : match.Mentor), at));
        }

        return (heldAt, loggedAt);
    }

    /// <summary>Samira's steps to employment and to study, between her meetings.</summary>
    private void SamiraSteps(MatchPlan match, PlanHolder holder, int meeting, StoryClock clock)
    {
        var samira = match.Mentees[0];
        var mentor = match.Mentor;
        static DateOnly On(DateTimeOffset at) => DateOnly.FromDateTime(at.DateTime);
        void Step(Participant who, TimeSpan after, Action<SupportPlan, PlanEditor, DateTimeOffset> step)
        {
            var at = clock.AfterByDay(after);
            Schedule(at, () => step(holder.P, PlanEditor.Of(match.P, ActorOf(who)), at));
        }

        var bakery = Guid.Empty;
        var hotel = Guid.Empty;
        var course = Guid.Empty;
        Guid Bakery(SupportPlan plan) => plan.JobApplications.Single(a => a.Role.StartsWith("Baker", StringComparison.Ordinal)).Id;
        switch (meeting)
        {
            case 1:
                Step(samira, TimeSpan.FromHours(S(20, 30)), (plan, editor, at) =>
                {
                    bakery = plan.AddJobApplication("Leipomo Aamunkoi, Kallio", "Baker (part-time, early shifts)", On(at), editor, at).Id;
                    plan.RecordJobStep(bakery, EmploymentStep.Application, On(at), StepOutcome.Passed, "Sent with the new Finnish CV and a short cover letter.", editor, at);
                });
                Step(samira, TimeSpan.FromHours(S(3, 8)), (plan, editor, at) =>
                {
                    hotel = plan.AddJobApplication("Hotel Meriharju", "Breakfast cook", On(at), editor, at).Id;
                    plan.RecordJobStep(hotel, EmploymentStep.Application, On(at), StepOutcome.Passed, null, editor, at);
                    plan.MarkActionDone(plan.Goals[0].Actions[2].Id, true, editor, at);
                });
                Step(samira, TimeSpan.FromHours(S(20, 48)), (plan, editor, at) =>
                {
                    course = plan.AddStudyApplication("Helsinki Adult Education Centre", "Finnish for work (A2), evening course", On(at), editor, at).Id;
                    plan.RecordStudyStep(course, StudyStep.Application, On(at), StudyOutcome.Passed, null, editor, at);
                    plan.MarkActionDone(plan.Goals[3].Actions[0].Id, true, editor, at);
                });
                Step(samira, TimeSpan.FromHours(S(60, 120)), (plan, editor, at) =>
                    plan.RecordJobStep(hotel, EmploymentStep.CvScreening, On(at), StepOutcome.NotPassed,
                        "The hotel chose a candidate with a Finnish cook's qualification.", editor, at));
                Step(samira, TimeSpan.FromHours(S(20, 60)), (plan, editor, at) =>
                    plan.RecordJobStep(bakery, EmploymentStep.CvScreening, On(at), StepOutcome.Passed, "Invited to an interview.", editor, at));
                Step(mentor, TimeSpan.FromHours(S(10, 40)), (plan, editor, at) =>
                    plan.RecordStudyStep(course, StudyStep.Eligibility, On(at), StudyOutcome.Passed,
                        "Placement test passed at A1.3: eligible for the A2 course.", editor, at));
                break;
            case 3:
                Step(samira, TimeSpan.FromHours(S(40, 70)), (plan, editor, at) =>
                    plan.RecordJobStep(Bakery(plan), EmploymentStep.Interview, On(at), StepOutcome.Passed,
                        "Interview with the owner and a trial morning in the bakery.", editor, at));
                Step(samira, TimeSpan.FromHours(S(50, 100)), (plan, editor, at) =>
                {
                    plan.RecordJobStep(Bakery(plan), EmploymentStep.DecisionAndOffer, On(at), StepOutcome.Offer,
                        "Offered a part-time baker's job, early shifts, from the first of next month. She accepted.", editor, at);
                    plan.SetGoalStatus(plan.Goals[0].Id, GoalStatus.Achieved, "Offer from Leipomo Aamunkoi, accepted.", editor, at);
                });
                break;
        }
    }

    /// <summary>Fatima applies for the practical nurse programme after the open day.</summary>
    private void FatimaStudy(MatchPlan match, PlanHolder holder, StoryClock clock)
    {
        var appliedAt = clock.AfterByDay(TimeSpan.FromHours(S(30, 60)));
        var fatima = match.Mentees[0];
        Schedule(appliedAt, () =>
        {
            var editor = PlanEditor.Of(match.P, ActorOf(fatima));
            var on = DateOnly.FromDateTime(appliedAt.DateTime);
            var course = holder.P.AddStudyApplication("Vocational college, Helsinki", "Practical nurse (lähihoitaja), spring intake", on, editor, appliedAt);
            holder.P.RecordStudyStep(course.Id, StudyStep.Application, on, StudyOutcome.Passed, "Applied through the national joint application.", editor, appliedAt);
            holder.P.RecordStudyStep(course.Id, StudyStep.AssessmentTest, on, StudyOutcome.Pending, "Entrance test and interview booked.", editor, appliedAt);
        });
    }

    /// <summary>A meeting booked in the last days for the coming two weeks: its invitation is out.</summary>
    private void BookUpcomingMeeting(MatchPlan match, StoryClock clock)
    {
        var bookedAt = clock.At(0.97, S(19, 21), S(0, 3) * 15);
        var startsAt = Day(-S(1, 13), match.IsGroup ? 17 : SPick([10, 14, 17, 18]), SPick([0, 30]));
        var online = !match.IsGroup && SChance(0.3);
        var place = match.IsGroup ? match.Ctx.Site.Office : SPick(match.Ctx.Site.MeetingPlaces);
        var link = online ? $"https://meet.example.org/ponte-{_story.Next(0x100000, 0xFFFFFF):x6}" : null;
        var booker = match.IsGroup || SChance(0.6) ? match.Mentor : match.Mentees[0];
        var minutes = match.IsGroup ? 120 : 60;
        Schedule(bookedAt, () =>
        {
            var meeting = Meeting.Schedule(match.P, startsAt, minutes, online ? MeetingMode.Online : MeetingMode.InPerson, online ? null : place, link,
                ActorOf(booker), bookedAt);
            meeting.CreatedAt = bookedAt;
            meeting.CreatedById = booker.UserId;
            _meetings.Add(meeting);
        });
    }

    /// <summary>A meeting booked and then called off by the mentee.</summary>
    private void BookAndCancelMeeting(MatchPlan match, StoryClock clock)
    {
        var bookedAt = clock.At(0.95, 20, 0);
        var startsAt = bookedAt.AddDays(5).Date + TimeSpan.FromHours(10);
        var cancelledAt = clock.AfterByDay(TimeSpan.FromHours(S(20, 60)));
        var mentee = match.Mentees[0];
        Meeting? meeting = null;
        Schedule(bookedAt, () =>
        {
            meeting = Meeting.Schedule(match.P, new DateTimeOffset(startsAt, bookedAt.Offset), 60, MeetingMode.InPerson, SPick(match.Ctx.Site.MeetingPlaces), null,
                ActorOf(match.Mentor), bookedAt);
            meeting.CreatedAt = bookedAt;
            meeting.CreatedById = match.Mentor.UserId;
            _meetings.Add(meeting);
        });
        Schedule(cancelledAt, () => meeting!.Cancel("My son is ill and I have to stay at home with him. Can we find a new time next week?",
            ActorOf(mentee), cancelledAt));
    }

    // ---------------------------------------------------------------- after the match: follow-up and closing

    private const int CompletedCloseDay = 9;
    private const int RenewedCloseDay = 26;
    private const int RenewalDay = 21;
    private const int EndedEarlyCloseDay = 13;
    private const int ConcernRaisedDay = 6;

    private static DemoClosingStory? ClosingStoryOf(PlannedState state) => state switch
    {
        PlannedState.Completed => DemoFollowUpTexts.LisbonCompleted,
        PlannedState.Renewed => DemoFollowUpTexts.LisbonRenewed,
        PlannedState.EndedEarly => DemoFollowUpTexts.HelsinkiEndedEarly,
        _ => null,
    };

    /// <summary>How a closing story's plan moves, meeting by meeting (as <see cref="PersonaSteps"/>): its last goal is left unfinished.</summary>
    private static PlanStep[][]? ClosingSteps(PlannedState state) => state switch
    {
        PlannedState.Completed =>
        [
            [new(0, -1, GoalStatus.InProgress), new(0, 0, null), new(1, -1, GoalStatus.InProgress)],
            [new(1, 0, null), new(0, 1, null), new(2, -1, GoalStatus.InProgress)],
            [new(0, 2, null), new(1, 1, null), new(1, -1, GoalStatus.Achieved), new(2, 0, null)],
            [new(0, -1, GoalStatus.Achieved)],
        ],
        PlannedState.Renewed =>
        [
            [new(0, -1, GoalStatus.InProgress), new(0, 0, null), new(1, -1, GoalStatus.InProgress)],
            [new(0, 1, null), new(1, 0, null)],
            [new(0, 2, null), new(0, -1, GoalStatus.Achieved)],
            [new(1, 1, null)],
        ],
        PlannedState.EndedEarly =>
        [
            [new(0, -1, GoalStatus.InProgress), new(0, 0, null), new(1, -1, GoalStatus.InProgress), new(1, 0, null)],
            [new(0, 1, null), new(0, 2, null)],
            [new(0, -1, GoalStatus.Achieved)],
            [new(1, 1, null)],
        ],
        _ => null,
    };

    /// <summary>
    /// The check-ins the programme's rhythm asked while the process was active (from
    /// <paramref name="activeAt"/> until <paramref name="activeUntil"/>), as the hourly job asks them:
    /// the fit check after the first logged meeting, each periodic round at its due hour, to every
    /// participant. Most are answered within a few days, some after the reminder; the process's
    /// follow-up role decides the rest.
    /// </summary>
    private void PlanCheckIns(MatchPlan match, DateTimeOffset activeAt, DateTimeOffset activeUntil, IReadOnlyList<(DateTimeOffset Held, DateTimeOffset Logged)> meetings)
    {
        var until = activeUntil < _now ? activeUntil : _now;
        var asked = new List<(CheckInKind Kind, int Round, DateTimeOffset SentAt)>();
        if (meetings.Count > 0 && NextHour(meetings.Min(m => m.Logged)) is var fitAt && fitAt < until)
            asked.Add((CheckInKind.FitCheck, 0, fitAt));
        var rhythm = match.Ctx.Programme.CheckInRhythm;
        for (var round = 1; NextHour(CheckInSchedule.DueAt(activeAt, rhythm, round)) is var at && at < until; round++)
            asked.Add((CheckInKind.Periodic, round, at));
        var lastRound = asked.Max(a => a.Round);

        var previous = activeAt;
        foreach (var (kind, round, sentAt) in asked.OrderBy(a => a.SentAt))
        {
            var met = meetings.Any(m => m.Held > previous && m.Held <= sentAt);
            if (kind == CheckInKind.Periodic)
                previous = sentAt;
            foreach (var person in match.Everyone)
                PlanCheckIn(match, person, kind, round, sentAt, met, round == lastRound);
        }
    }

    private void PlanCheckIn(MatchPlan match, Participant person, CheckInKind kind, int round, DateTimeOffset sentAt, bool met, bool latest)
    {
        var isMentee = person != match.Mentor;
        var language = person.Profile.PreferredLanguage;
        DateTimeOffset? answerAt = FChance(0.15) ? sentAt + CheckIn.RemindAfter + TimeSpan.FromHours(F(2, 90)) : sentAt.AddHours(F(2, 60));
        var score = met ? (isMentee ? F(4, 5) : F(3, 5)) : 3;
        var fit = FChance(0.12) ? FitAnswer.StillDeciding : FitAnswer.GoodFit;
        var note = FChance(0.25) ? FPick(DemoFollowUpTexts.GoodNotes.In(language)) : null;
        switch (match.FollowUp)
        {
            case FollowUpRole.Silent when kind == CheckInKind.Periodic && round >= 2:
                answerAt = null;
                break;
            case FollowUpRole.LowScore when kind == CheckInKind.Periodic && round >= 2 && isMentee:
                (score, met, note, answerAt) = (2, false, DemoFollowUpTexts.LowScoreNote.In(language), sentAt.AddHours(F(3, 20)));
                break;
            case FollowUpRole.LowScore when kind == CheckInKind.Periodic && latest:
                (score, met, note) = (3, false, DemoFollowUpTexts.BusyMentorNote.In(language));
                break;
            case FollowUpRole.NotAGoodFit when kind == CheckInKind.FitCheck:
                fit = isMentee ? FitAnswer.NotAGoodFit : FitAnswer.StillDeciding;
                note = isMentee ? DemoFollowUpTexts.NotAGoodFitNote.In(language) : DemoFollowUpTexts.StillDecidingNote.In(language);
                answerAt = sentAt.AddHours(F(3, 30));
                break;
        }

        // Tatiana's first monthly check-in waits for her; her mentor answered hers the same day.
        if (match.Persona == DemoPersona.Tatiana && kind == CheckInKind.Periodic && latest)
            answerAt = isMentee ? null : sentAt.AddHours(F(1, 4));
        if (answerAt > _now)
            answerAt = null;

        var remindAt = sentAt + CheckIn.RemindAfter;
        var silentAt = remindAt + CheckIn.SilentAfter;
        CheckIn? checkIn = null;
        Schedule(sentAt, () =>
        {
            checkIn = CheckIn.Ask(match.P, person.Id, kind, round, sentAt);
            checkIn.CreatedAt = sentAt;
            _checkIns.Add(checkIn);
        });
        if (remindAt <= _now && !(answerAt <= remindAt))
            Schedule(remindAt, () => checkIn!.Remind(remindAt));
        if (silentAt <= _now && !(answerAt <= silentAt))
            Schedule(silentAt, () => checkIn!.FallSilent(silentAt));
        if (answerAt is { } answeredAt)
        {
            Schedule(answeredAt, () =>
            {
                if (kind == CheckInKind.Periodic)
                    checkIn!.AnswerPeriodic(score, met, note, answeredAt);
                else
                    checkIn!.AnswerFit(fit, note, answeredAt);
            });
        }
    }

    /// <summary>The next full hour, when the hourly check-ins job runs.</summary>
    private static DateTimeOffset NextHour(DateTimeOffset at) => new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, 0, 0, at.Offset).AddHours(1);

    /// <summary>A Lisbon mentee is offered papers for money; she raised it yesterday evening and nobody has acted yet.</summary>
    private void PlanOpenConcern(MatchPlan match)
    {
        var mentee = match.Mentees[0];
        var at = Day(1, 20, 40);
        Schedule(at, () => _concerns.Add(Raise(mentee, match.P, ConcernTopic.PaidServicesOrExploitation,
            DemoFollowUpTexts.OpenConcern.In(mentee.Profile.PreferredLanguage), ConcernContactWay.Phone, at)));
    }

    /// <summary>A group's mentor worries about a member's employer; the manager acts and resolves it.</summary>
    private void PlanResolvedConcern(MatchPlan match)
    {
        var manager = match.Ctx.Manager;
        var mentor = match.Mentor;
        Concern? concern = null;
        var raisedAt = Day(30, 21, 10);
        Schedule(raisedAt, () =>
        {
            concern = Raise(mentor, match.P, ConcernTopic.PaidServicesOrExploitation,
                DemoFollowUpTexts.ExploitationConcern.In(mentor.Profile.PreferredLanguage), ConcernContactWay.Email, raisedAt);
            _concerns.Add(concern);
        });
        var log = DemoFollowUpTexts.ExploitationConcernLog;
        (DateTimeOffset At, Action<DateTimeOffset> Run)[] steps =
        [
            (Day(29, 9, 15), at => concern!.Start(DemoFollowUpTexts.ExploitationStart, manager, at)),
            (Day(29, 9, 40), at => concern!.RecordAction(log[0], manager, at)),
            (Day(27, 14, 0), at => concern!.RecordAction(log[1], manager, at)),
            (Day(22, 11, 30), at => concern!.RecordAction(log[2], manager, at)),
            (Day(15, 16, 0), at => concern!.Resolve(DemoFollowUpTexts.ExploitationResolution, manager, at)),
        ];
        foreach (var (at, run) in steps)
            Schedule(at, () => run(at));
    }

    /// <summary>
    /// A mentee is uneasy with how her mentor wants to meet: the manager takes the concern up the next
    /// morning, pauses the process and hides its contacts at once, then meets her and speaks with him.
    /// Returns when the process was paused.
    /// </summary>
    private DateTimeOffset PlanRelationshipConcern(MatchPlan match)
    {
        var manager = match.Ctx.Manager;
        var mentee = match.Mentees[0];
        var log = DemoFollowUpTexts.RelationshipConcernLog;
        Concern? concern = null;
        var raisedAt = Day(ConcernRaisedDay, 21, 30);
        var pausedAt = Day(ConcernRaisedDay - 1, 9, 10);
        Schedule(raisedAt, () =>
        {
            concern = Raise(mentee, match.P, ConcernTopic.Relationship, DemoFollowUpTexts.RelationshipConcern.In(mentee.Profile.PreferredLanguage),
                ConcernContactWay.Phone, raisedAt);
            _concerns.Add(concern);
        });
        var startAt = Day(ConcernRaisedDay - 1, 8, 50);
        Schedule(startAt, () => concern!.Start(log[0], manager, startAt));
        Schedule(pausedAt, () =>
        {
            concern!.RecordProcessPaused(match.P, manager, pausedAt);
            Copy(match.P.Pause(PauseReason.Other, null, manager, pausedAt));
            match.P.HideContacts();
        });
        var metAt = Day(ConcernRaisedDay - 2, 15, 0);
        Schedule(metAt, () => concern!.RecordAction(log[1], manager, metAt));
        var spokeAt = Day(ConcernRaisedDay - 3, 11, 30);
        Schedule(spokeAt, () => concern!.RecordAction(log[2], manager, spokeAt));
        return pausedAt;
    }

    private Concern Raise(Participant raiser, MentoringProcess process, ConcernTopic topic, string text, ConcernContactWay way, DateTimeOffset at)
    {
        var concern = Concern.Raise(raiser, process, topic, text, true, way, ActorOf(raiser), at);
        concern.CreatedAt = at;
        concern.CreatedById = raiser.UserId;
        return concern;
    }

    /// <summary>A review of the plan whose next date went by without one.</summary>
    private void PlanMissedReview(MatchPlan match, PlanHolder holder)
    {
        var at = Day(40, 11, 0);
        var next = DateOnly.FromDateTime(_today.AddDays(-5).DateTime);
        Schedule(at, () => holder.P.RecordReview(DateOnly.FromDateTime(at.DateTime),
            "Midpoint review: the first steps are done; next comes the appointment at the employment office. We review again in a month.",
            next, PlanEditor.Of(match.P, ActorOf(match.Mentor)), at));
    }

    /// <summary>
    /// The manager closes the process — completed, or ended early at the mentee's request — with her
    /// situation on leaving; the relationship ends, the mentee is completed, the mentor ready for her
    /// next match. The three final forms follow in the days after, and a renewal carries the unmet
    /// goal into a new process with the same mentor. Returns when the process closed.
    /// </summary>
    private DateTimeOffset PlanClosing(MatchPlan match, PlanHolder holder)
    {
        var ctx = match.Ctx;
        var manager = ctx.Manager;
        var mentor = match.Mentor;
        var mentee = match.Mentees[0];
        var story = ClosingStoryOf(match.State)!;
        var closeDay = match.State switch
        {
            PlannedState.Completed => CompletedCloseDay,
            PlannedState.Renewed => RenewedCloseDay,
            _ => EndedEarlyCloseDay,
        };
        var early = match.State == PlannedState.EndedEarly;
        if (early)
        {
            var requestAt = Day(closeDay + 2, 19, 40);
            Schedule(requestAt, () =>
            {
                var (_, line) = match.P.RequestClose(ClosingOutcome.EndedEarly, EndReason.MovedAway,
                    DemoFollowUpTexts.MovingAwayRequest.In(mentee.Profile.PreferredLanguage), false, ActorOf(mentee), requestAt);
                mentee.CopyToTimeline([line]);
            });
        }

        var closeAt = Day(closeDay, 11, 30);
        Schedule(closeAt, () =>
        {
            var situation = match.State switch
            {
                PlannedState.Completed => new LeavingSituationInput(mentee.Id, LabourMarketSituation.Employed, null, LevelIn(mentee, ctx.Site.HostLanguage),
                    ["Curso de higiene e segurança alimentar (HACCP)"]),
                PlannedState.Renewed => new LeavingSituationInput(mentee.Id, LabourMarketSituation.JobSearching, null, LevelIn(mentee, ctx.Site.HostLanguage),
                    ["Formação em cuidados geriátricos (IEFP)"]),
                _ => new LeavingSituationInput(mentee.Id, LabourMarketSituation.JobSearching, "Hygiene passport (hygieniapassi)", LevelIn(mentee, ctx.Site.HostLanguage),
                    ["Finnish for work (A2), first half"]),
            };
            Copy(match.P.Close(early ? ClosingOutcome.EndedEarly : ClosingOutcome.Completed, early ? EndReason.MovedAway : null, story.ManagerNote,
                [situation], manager, closeAt));
            foreach (var relationship in _relationships.Where(r => r.MentorId == mentor.Id && r.MenteeId == mentee.Id && r.Status == RelationshipStatus.Active))
                relationship.Close(closeAt);
            if (match.P.AskedForNewMentor(mentee.Id))
                mentee.ReturnToWaitingList(manager, closeAt);
            else
                mentee.CompleteMentoring(manager, closeAt);
            if (mentor.Status == ParticipantStatus.Matched && !_relationships.Exists(r => r.MentorId == mentor.Id && r.Status == RelationshipStatus.Active))
                mentor.ReturnToWaitingList(manager, closeAt);
        });

        // The forms, each in its author's language: the mentor's, the mentee's, and the joint one the mentor fills in with her.
        var mentorAt = Day(closeDay - 1, 20, 15);
        var menteeAt = Day(closeDay - 2, 21, 0);
        var jointAt = Day(closeDay - 3, 18, 30);
        Schedule(mentorAt, () =>
        {
            var (experience, changed) = story.MentorForm.In(mentor.Profile.PreferredLanguage);
            _individualForms.Add(Stamp(IndividualEvaluation.Submit(match.P, ActorOf(mentor), experience, story.MentorSatisfaction, changed, mentorAt), mentor, mentorAt));
        });
        Schedule(menteeAt, () =>
        {
            var (experience, changed) = story.MenteeForm.In(mentee.Profile.PreferredLanguage);
            _individualForms.Add(Stamp(IndividualEvaluation.Submit(match.P, ActorOf(mentee), experience, story.MenteeSatisfaction, changed, menteeAt), mentee, menteeAt));
        });
        Schedule(jointAt, () =>
        {
            var plan = holder.P;
            var ratings = plan.Goals.Select((g, i) => new GoalRatingInput(g.Id, g.Status switch
            {
                GoalStatus.Achieved => GoalAchievement.Achieved,
                GoalStatus.InProgress => GoalAchievement.Partly,
                _ => GoalAchievement.NotAchieved,
            }, story.Evidence[i])).ToList();
            var joint = JointEvaluation.Submit(match.P, mentee.Id, plan, ratings, story.JointSummary, ActorOf(mentor), jointAt);
            joint.CreatedAt = jointAt;
            joint.CreatedById = mentor.UserId;
            _jointForms.Add(joint);
        });

        if (match.State == PlannedState.Renewed)
            PlanRenewal(match, holder);
        return closeAt;
    }

    private static IndividualEvaluation Stamp(IndividualEvaluation form, Participant author, DateTimeOffset at)
    {
        form.CreatedAt = at;
        form.CreatedById = author.UserId;
        return form;
    }

    /// <summary>
    /// The manager carries the unmet goal into a new process with the same mentor (a new relationship,
    /// both processes linked); its agreement is accepted within days and the pair has met once since.
    /// </summary>
    private void PlanRenewal(MatchPlan match, PlanHolder holder)
    {
        var ctx = match.Ctx;
        var manager = ctx.Manager;
        var mentor = match.Mentor;
        var mentee = match.Mentees[0];
        var renewAt = Day(RenewalDay, 10, 0);
        var next = new MatchPlan(ctx, mentor, [mentee], renewAt, RenewalDay, DemoPersona.None);
        var carried = new PlanHolder(mentee, []);
        Schedule(renewAt, () =>
        {
            var unmet = holder.P.Goals.Where(g => g.Status != GoalStatus.Achieved).Select(g => g.Id).ToList();
            var renewal = Renewal.Of(match.P, holder.P, unmet, RenewalMentor.SameMentor, renewAt);
            renewal.CreatedAt = renewAt;
            renewal.CreatedById = manager.UserId;
            _renewals.Add(renewal);
            mentee.ReturnToWaitingList(manager, renewAt);
            var relationship = MentoringRelationship.Start(mentor, mentee, manager, renewAt);
            relationship.CreatedAt = renewAt;
            relationship.CreatedById = manager.UserId;
            _relationships.Add(relationship);
            var process = match.P.Renew(ctx.Programme, mentor, mentee, manager, renewAt);
            process.CreatedAt = renewAt;
            process.CreatedById = manager.UserId;
            _processes.Add(process);
            next.Process = process;
            var plan = renewal.CarryInto(process, manager, renewAt);
            plan.CreatedAt = renewAt;
            plan.CreatedById = manager.UserId;
            _plans.Add(plan);
            carried.Plan = plan;
            var line = match.P.RecordRenewal(mentee.Id, process.Id, manager, renewAt);
            foreach (var person in new[] { mentor, mentee })
                person.CopyToTimeline([line, .. process.Timeline]);
        });

        var template = TemplateFor(next);
        var goals = template.Language == "pt"
            ? "Continuamos o pedido de reconhecimento do diploma de enfermagem até à decisão da DGES."
            : "We continue the application for the recognition of her nursing degree until DGES decides.";
        var draftAt = Day(RenewalDay - 1, 10, 15);
        Schedule(draftAt, () => Copy(next.P.DraftAgreement(template, goals, ctx.Programme.MeetingRhythm, 3, manager, draftAt)));
        Accept(next, mentor, AgreementRole.Mentor, Day(RenewalDay - 2, 19, 0));
        Accept(next, mentee, AgreementRole.Mentee, Day(RenewalDay - 3, 20, 30));
        var activeAt = Day(RenewalDay - 4, 10, 0);
        Schedule(activeAt, () => Copy(next.P.AcceptAgreement(AgreementRole.Organisation, manager, activeAt)));

        var clock = new StoryClock(activeAt.AddHours(1), Day(1, 21));
        var meeting = PlanMeeting(next, [carried], DemoFollowUpTexts.RenewedFirstMeeting, 0, 0.45, clock, []);
        PlanCheckIns(next, activeAt, _now, [meeting]);
        BookUpcomingMeeting(next, clock);
    }

    /// <summary>Her level in the host country's language, as the CEFR names it.</summary>
    private static CefrLevel LevelIn(Participant mentee, string language) =>
        mentee.Profile.Languages.FirstOrDefault(l => l.Code == language)?.Level switch
        {
            LanguageLevel.Native => CefrLevel.C2,
            LanguageLevel.Fluent => CefrLevel.C1,
            LanguageLevel.Conversational => CefrLevel.B1,
            LanguageLevel.Basic => CefrLevel.A2,
            _ => CefrLevel.None,
        };

    private int F(int min, int maxInclusive) => _followUp.Next(min, Math.Max(min, maxInclusive) + 1);

    private bool FChance(double p) => _followUp.NextDouble() < p;

    private T FPick<T>(IReadOnlyList<T> items) => items[_followUp.Next(items.Count)];

    // ---------------------------------------------------------------- after the match: events

    /// <summary>
    /// Each programme's kick-off for its new pairs, a week or so after half of them were matched:
    /// those matched by then are invited; most register, a few decline, and most of those registered come.
    /// </summary>
    private void PlanKickOffs()
    {
        foreach (var ctx in _contexts)
        {
            var matches = _matches.Where(m => m.Ctx == ctx).ToList();
            var days = matches.Select(m => m.Day).Order().ToList();
            var median = days[days.Count / 2];
            var kickOffDay = Math.Max(1, median - 10);
            var inviteDay = Math.Min(kickOffDay + 7, median - 1);
            var plannedAt = Day(inviteDay, 9, 0);
            var invitedAt = plannedAt.AddMinutes(30);
            var startsAt = Day(kickOffDay, 17, 30);
            var invitees = matches.Where(m => m.At < invitedAt).SelectMany(m => m.Everyone).ToList();
            var programme = ctx.Programme;
            ProgrammeEvent? kickOff = null;
            Schedule(plannedAt, () =>
            {
                kickOff = ProgrammeEvent.Plan(programme, EventKind.KickOff, $"Kick-off: {programme.Name}",
                    "A welcome evening for the new mentoring pairs: the programme, the agreement and the support plan, and time to meet the other pairs.",
                    startsAt, 150, ctx.Site.Office, null, null, null, ctx.Manager, plannedAt);
                kickOff.CreatedAt = plannedAt;
                kickOff.CreatedById = ctx.Manager.UserId;
                _programmeEvents.Add(kickOff);
            });
            Schedule(invitedAt, () =>
            {
                foreach (var person in invitees)
                    kickOff!.Invite(person, ctx.Manager, invitedAt);
            });

            var registered = new List<Participant>();
            var window = (startsAt - invitedAt).TotalMinutes;
            foreach (var person in invitees)
            {
                var answer = _story.NextDouble();
                if (answer > 0.9)
                    continue;
                var at = invitedAt.AddMinutes(Math.Round(window * (0.05 + (0.9 * _story.NextDouble()))));
                var registers = answer < 0.8;
                if (registers)
                    registered.Add(person);
                Schedule(at, () =>
                {
                    if (registers)
                        kickOff!.Register(person.Id, ActorOf(person), at);
                    else
                        kickOff!.Decline(person.Id, ActorOf(person), at);
                });
            }

            var recordedAt = startsAt.AddMinutes(170);
            var came = registered.Select(_ => SChance(0.85)).ToList();
            Schedule(recordedAt, () =>
            {
                for (var i = 0; i < registered.Count; i++)
                    kickOff!.RecordAttendance(registered[i].Id, came[i], null, ctx.Manager, recordedAt);
            });
        }
    }

    /// <summary>An evening of mentor training in Lisbon in the coming days, its invitations out and some answered.</summary>
    private void PlanMentorTraining()
    {
        var ctx = _contexts.First(c => c.Spec.Template == ProgrammeTemplate.PortugueseMentoringForMigrants);
        var programme = ctx.Programme;
        var plannedAt = Day(9, 11, 0);
        var invitedAt = plannedAt.AddMinutes(20);
        var startsAt = Day(-S(6, 12), 18, 0);
        var mentors = _participants.Where(p => p.ProgrammeId == programme.Id && p.IsMentor).ToList();
        ProgrammeEvent? training = null;
        Schedule(plannedAt, () =>
        {
            training = ProgrammeEvent.Plan(programme, EventKind.MentorTraining, "Mentor training: supporting a mentee through job interviews",
                "Two hours on how recruitment works in Portugal, how to prepare a mentee for an interview and what to do when she is turned down. "
                + "Counts as theory hours.",
                startsAt, 120, ctx.Site.Office, "https://meet.example.org/ponte-formacao", 25, HoursKind.Theory, ctx.Manager, plannedAt);
            training.CreatedAt = plannedAt;
            training.CreatedById = ctx.Manager.UserId;
            _programmeEvents.Add(training);
            foreach (var mentor in mentors)
                training.Invite(mentor, ctx.Manager, invitedAt);
        });
        foreach (var mentor in mentors)
        {
            var answer = _story.NextDouble();
            if (answer > 0.55)
                continue;
            var at = Day(S(1, 8), S(8, 22), S(0, 59));
            Schedule(at, () =>
            {
                // A mentor with an account answers herself; the manager registers the others she phoned.
                var actor = mentor.UserId is null ? ctx.Manager : ActorOf(mentor);
                if (answer < 0.45)
                    training!.Register(mentor.Id, actor, at);
                else
                    training!.Decline(mentor.Id, actor, at);
            });
        }
    }

    /// <summary>
    /// The coordinator's network day, online across the three partners: each organisation's manager
    /// registers some of her matched mentors and mentees (the personas among them), and records who came.
    /// </summary>
    private void PlanNetworkEvent()
    {
        var organisations = _organisations.ToList();
        var oldestMatch = organisations.Select(o => _matches.Where(m => m.Ctx.Organisation == o).Max(m => m.Day)).Min();
        var eventDay = Math.Max(1, Math.Min(24, oldestMatch - 11));
        var plannedAt = Day(eventDay + 30, 10, 0);
        var startsAt = Day(eventDay, 14, 0);
        NetworkEvent? networkDay = null;
        Schedule(plannedAt, () =>
        {
            networkDay = NetworkEvent.Plan("Ponte network day: mentoring across borders",
                "Mentors and mentees from Lisbon, Helsinki and Riga meet online. Three pairs tell their story; then small groups swap tips on "
                + "finding work, learning the language and building a network in a new country.",
                startsAt, 150, "Online, with a watch party at each partner's office", "https://meet.example.org/ponte-network-day", _coordinator, plannedAt);
            networkDay.CreatedAt = plannedAt;
            networkDay.CreatedById = _coordinator.UserId;
            _networkEvents.Add(networkDay);
            for (var i = 0; i < organisations.Count; i++)
                networkDay.AddOrganisation(organisations[i], _coordinator, plannedAt.AddMinutes(5 + i));
        });

        foreach (var ctxs in _contexts.GroupBy(c => c.Organisation))
        {
            var manager = ctxs.First().Manager;
            var registerFrom = eventDay + 10;
            var people = _matches.Where(m => m.Ctx.Organisation == ctxs.Key && m.Day > registerFrom)
                .OrderBy(m => m.Persona == DemoPersona.None)
                .ThenByDescending(m => m.Day)
                .SelectMany(m => new[] { m.Mentor, m.Mentees[0] })
                .Take(S(4, 6))
                .ToList();
            var registrations = new List<(NetworkEventRegistration? Registration, bool Came)>();
            foreach (var person in people)
            {
                var at = Day(S(eventDay + 1, registerFrom), S(9, 16), S(0, 59));
                var index = registrations.Count;
                registrations.Add((null, SChance(0.85)));
                Schedule(at, () =>
                {
                    var registration = NetworkEventRegistration.Register(networkDay!, person, manager, at);
                    registration.CreatedAt = at;
                    registration.CreatedById = manager.UserId;
                    _registrations.Add(registration);
                    registrations[index] = (registration, registrations[index].Came);
                });
            }

            var recordedAt = startsAt.AddMinutes(180);
            Schedule(recordedAt, () =>
            {
                foreach (var (registration, came) in registrations)
                    registration!.RecordAttendance(networkDay!, came, manager, recordedAt);
            });
        }
    }

    private int S(int min, int maxInclusive) => _story.Next(min, Math.Max(min, maxInclusive) + 1);

    private bool SChance(double p) => _story.NextDouble() < p;

    private T SPick<T>(IReadOnlyList<T> items) => items[_story.Next(items.Count)];

    // ---------------------------------------------------------------- helpers

    private void Schedule(DateTimeOffset at, Action run)
    {
        EnsurePast(at);
        _events.Add(new ScheduledEvent(at, _seq++, run));
    }

    private void EnsurePast(DateTimeOffset at)
    {
        if (at > _now)
            throw new InvalidOperationException($"The demo network planned an event in the future ({at:O} after {_now:O}).");
    }

    /// <summary>A time of day <paramref name="daysAgo"/> days before today (negative: after), in <c>now</c>'s offset.</summary>
    private DateTimeOffset Day(int daysAgo, int hour, int minute = 0) => _today.AddDays(-daysAgo).AddHours(hour).AddMinutes(minute);

    private int R(int min, int maxInclusive) => _rng.Next(min, Math.Max(min, maxInclusive) + 1);

    private bool Chance(double p) => _rng.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private List<T> PickSome<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        for (var i = 0; i < Math.Min(count, copy.Count); i++)
        {
            var j = _rng.Next(i, copy.Count);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy.Take(count).ToList();
    }

    private SupportAreas PickAreas(SupportAreas offered, int min, int max) =>
        PickSome(offered.Each().ToList(), R(min, max)).Aggregate(SupportAreas.None, (all, a) => all | a);

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _rng.NextBytes(bytes);
        return new Guid(bytes);
    }

    private (string First, string Last) UniqueName(string[] firstNames, string[] surnames)
    {
        for (var attempt = 0; ; attempt++)
        {
            var first = Pick(firstNames);
            var last = Pick(surnames);
            if (_usedNames.Add($"{first} {last}") || attempt > 50)
                return (first, last);
        }
    }

    private string Email(string first, string last) => $"{Ascii(first)}.{Ascii(last)}.{++_emailCounter}@example.org";

    private string Phone(Site site) => site.Key switch
    {
        "pt" => $"{site.PhonePrefix} 9{Pick(["1", "2", "3", "6"])}{R(0, 9)} {R(100, 999)} {R(100, 999)}",
        "fi" => $"{site.PhonePrefix} 4{Pick(["0", "4", "5", "6"])} {R(100, 999)} {R(1000, 9999)}",
        _ => $"{site.PhonePrefix} 2{R(0, 9)}{R(10, 99)} {R(1000, 9999)}",
    };

    private (string Municipality, string Postcode) Place(Site site, string? municipality)
    {
        var area = municipality is not null
            ? site.Areas.First(a => a.Municipality == municipality)
            : Chance(0.6) ? site.Areas[0] : Pick(site.Areas);
        var postcode = Pick(area.Postcodes);
        if (site.Key == "pt")
            postcode = $"{postcode}-{R(1, 299):000}";
        return (area.Municipality, postcode);
    }

    private WeeklyAvailability Availability(AvailabilityStyle style)
    {
        var slots = new List<(DayOfWeek, DayPart)>();
        var weekdays = WeeklyAvailability.WeekFromMonday.Take(5).ToList();
        switch (style)
        {
            case AvailabilityStyle.Daytime:
                foreach (var day in PickSome(weekdays, R(3, 5)))
                {
                    slots.Add((day, DayPart.Morning));
                    if (Chance(0.4))
                        slots.Add((day, DayPart.Afternoon));
                }

                break;
            case AvailabilityStyle.Evenings:
                foreach (var day in PickSome(weekdays, R(2, 4)))
                    slots.Add((day, DayPart.Evening));
                if (Chance(0.6))
                    slots.Add((DayOfWeek.Saturday, Chance(0.5) ? DayPart.Morning : DayPart.Afternoon));
                if (Chance(0.3))
                    slots.Add((DayOfWeek.Sunday, DayPart.Afternoon));
                break;
            default:
                var all = WeeklyAvailability.WeekFromMonday.SelectMany(d => Enum.GetValues<DayPart>().Select(p => (d, p))).ToList();
                slots.AddRange(PickSome(all, R(4, 8)));
                break;
        }

        return WeeklyAvailability.Of(slots);
    }

    private static WeeklyAvailability Slots(params (DayOfWeek Day, DayPart Part)[] slots) => WeeklyAvailability.Of(slots);

    private static LanguageSkill Lang(string code, LanguageLevel level) => LanguageSkill.Create(code, level);

    private static string Article(string noun) =>
        noun.StartsWith("HR", StringComparison.Ordinal) || "aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an" : "a";

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private string? ReferralDetail(Site site, ReferralSource source, Origin? origin) => source switch
    {
        ReferralSource.Leaflet => Pick(["Leaflet at the health centre", "Leaflet at the public library", "Leaflet at the language school"]),
        ReferralSource.Radio => site.Radio,
        ReferralSource.Video => origin?.Code == "UA" ? "Video in Ukrainian shared in a Telegram group" : Pick(["Video on the organisation's YouTube channel", "Video shared on Facebook"]),
        ReferralSource.EmploymentOffice => site.EmploymentOffice,
        ReferralSource.AnotherService => Pick(site.OtherServices),
        ReferralSource.SocialMedia => origin is null ? Pick(["Instagram", "LinkedIn"]) : $"Facebook group of the {origin.Country} community",
        ReferralSource.FriendOrFamily => Pick(["A friend who took part last year", "My sister-in-law", "A neighbour"]),
        ReferralSource.Other => origin is null ? "Volunteer fair at the university" : "Church community",
        _ => null,
    };

    private static string Ascii(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.ToLowerInvariant())
        {
            var mapped = c switch
            {
                'á' or 'à' or 'â' or 'ã' or 'ä' or 'å' or 'ā' => "a",
                'ç' or 'č' => "c",
                'é' or 'è' or 'ê' or 'ë' or 'ē' => "e",
                'í' or 'ì' or 'î' or 'ï' or 'ī' => "i",
                'ó' or 'ò' or 'ô' or 'õ' or 'ö' or 'ø' => "o",
                'ú' or 'ù' or 'û' or 'ü' or 'ū' => "u",
                'ñ' or 'ņ' => "n",
                'ģ' => "g",
                'ķ' => "k",
                'ļ' => "l",
                'š' => "s",
                'ž' => "z",
                ' ' or '.' => ".",
                '-' => "-",
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                _ => string.Empty,
            };
            if (mapped == "." && (sb.Length == 0 || sb[^1] == '.'))
                continue;
            sb.Append(mapped);
        }

        return sb.ToString().Trim('.');
    }

    // ---------------------------------------------------------------- reference data

    private static readonly Site Portugal = new(
        "pt", "PT", "Lisbon", "Associação Ponte Lisboa", ["pt", "en"], "pt", "pt", "Marta Sousa", "João Ferreira",
        "Associação Ponte, Rua dos Anjos 48, 1150-039 Lisboa", "+351",
        [
            new("Lisboa", ["1000", "1050", "1100", "1150", "1170", "1200", "1500", "1600", "1700", "1750", "1900", "1950"]),
            new("Amadora", ["2700", "2720"]),
            new("Odivelas", ["2675"]),
            new("Loures", ["2670", "2685"]),
            new("Sintra", ["2710", "2735"]),
            new("Oeiras", ["2780"]),
            new("Almada", ["2800", "2805"]),
        ],
        "IEFP — Centro de Emprego de Lisboa", "Antena 1 (RTP) morning programme",
        ["Municipal social services (Santa Casa)", "Migrant support centre", "Refugee council (CPR)", "Parish council of Arroios"],
        "Porto", "AIMA (Agency for Integration, Migration and Asylum)", "the tax office (Finanças) for a NIF",
        ["Biblioteca de São Lázaro, Rua do Saco 1, Lisboa", "Café of the Centro Comercial Mouraria, Lisboa", "Jardim da Estrela (the kiosk), Lisboa"]);

    private static readonly Site Finland = new(
        "fi", "FI", "Helsinki", "Silta ry — Helsinki", ["fi", "sv", "en"], "fi", "en", "Liisa Virtanen", "Aino Mäkinen",
        "Silta ry, Hämeentie 31, 00500 Helsinki", "+358",
        [
            new("Helsinki", ["00100", "00180", "00500", "00510", "00530", "00550", "00560", "00700", "00810", "00900", "00920", "00940", "00980"]),
            new("Espoo", ["02100", "02150", "02200", "02230", "02600", "02650", "02770"]),
            new("Vantaa", ["01300", "01350", "01360", "01450", "01600", "01730"]),
        ],
        "TE Office Helsinki", "Yle Radio Suomi",
        ["Red Cross reception centre", "City of Helsinki integration services", "Maternity and child health clinic (neuvola)", "Adult education centre (Finnish course)"],
        "Tampere", "Migri (the Finnish Immigration Service)", "the Tax Administration (Vero) for a tax card",
        ["Oodi Central Library, Töölönlahdenkatu 4, Helsinki", "Kallio Library café, Viides linja 11, Helsinki", "Café at the Helsinki Central Station"]);

    private static readonly Site Latvia = new(
        "lv", "LV", "Riga", "Tilts — Riga Integration Centre", ["lv", "ru", "en", "uk"], "lv", "en", "Kristīne Ozola", "Dace Liepa",
        "Tilts, Brīvības iela 88, Rīga", "+371",
        [
            new("Rīga", ["LV-1001", "LV-1003", "LV-1006", "LV-1009", "LV-1010", "LV-1011", "LV-1013", "LV-1021", "LV-1039", "LV-1046", "LV-1050", "LV-1057", "LV-1067", "LV-1082", "LV-1084"]),
            new("Jūrmala", ["LV-2010", "LV-2015", "LV-2016"]),
            new("Mārupe", ["LV-2167"]),
            new("Salaspils", ["LV-2121"]),
            new("Ķekava", ["LV-2123"]),
        ],
        "NVA (State Employment Agency), Riga branch", "Latvijas Radio 4",
        ["Red Cross Latvia", "Riga social service", "Ukrainian community centre in Riga", "Society Integration Foundation helpline"],
        "Daugavpils", "the PMLP (Office of Citizenship and Migration Affairs)", "the State Revenue Service (VID)",
        ["Latvian National Library, Mūkusalas iela 3, Rīga", "Café at the Stacijas laukums, Rīga", "Ziedoņdārzs park café, Rīga"]);

    private static readonly Site[] Sites = [Portugal, Finland, Latvia];

    private static readonly ProgrammeSpec[] Specs =
    [
        new(Portugal, ProgrammeTemplate.PortugueseMentoringForMigrants, "Mentoring for Migrants — Lisbon",
            "One-to-one mentoring for migrant women in the Lisbon area: weekly meetings, monthly check-ins and three final evaluations.",
            12, 5, 4, 4, Enumerable.Repeat(1, 12).ToArray(), 20, 14,
            ["BR", "BR", "BR", "BR", "CV", "CV", "CV", "AO", "AO", "IN", "IN", "UA", "UA", "VE", "VE", "NP"], 7,
            [
                new("Mentoring methodology and the mentor's role", TrainingKind.Theory, 1.5m),
                new("Intercultural communication, confidentiality and safeguarding", TrainingKind.Theory, 1.5m),
            ],
            true),
        new(Finland, ProgrammeTemplate.AurorasMentoring, "Auroras Group Mentoring — Helsinki",
            "Three months of group mentoring for women with a degree or work experience, with optional individual support.",
            2, 2, 1, 1, [5, 4], 6, 5,
            ["SO", "SO", "AF", "AF", "SY", "SY", "IQ", "ER", "UA", "UA", "RU", "IN"], 5,
            [
                new("Group mentoring: the Auroras model", TrainingKind.Theory, 3m),
                new("Finnish working life and recruitment culture", TrainingKind.Theory, 3m),
                new("Practice: facilitating a group session", TrainingKind.Practice, 4m),
                new("Practice: career stories and goal setting", TrainingKind.Practice, 4m),
                new("Practice: networking event with employers", TrainingKind.Practice, 4m),
                new("Practice: CV and LinkedIn clinic", TrainingKind.Practice, 4m),
                new("Practice: peer supervision", TrainingKind.Practice, 4m),
            ],
            false),
        new(Finland, ProgrammeTemplate.Smile, "SMILE — Helsinki",
            "One-to-one mentoring with SMILE self-ratings every two to three months.",
            5, 3, 2, 2, Enumerable.Repeat(1, 5).ToArray(), 9, 8,
            ["SO", "SO", "AF", "AF", "SY", "SY", "IQ", "ER", "ER", "UA", "RU", "IN"], 4,
            [
                new("The SMILE method and the 1–5 self-ratings", TrainingKind.Theory, 4m),
                new("Integration, rights and obligations in Finland", TrainingKind.Theory, 4m),
                new("Practice: first meeting and goal setting", TrainingKind.Practice, 4m),
                new("Practice: using the self-ratings with a mentee", TrainingKind.Practice, 4m),
                new("Practice: job search and the TE services", TrainingKind.Practice, 4m),
                new("Practice: role play on culture keys", TrainingKind.Practice, 4m),
                new("Practice: peer supervision", TrainingKind.Practice, 4m),
            ],
            true),
        new(Latvia, ProgrammeTemplate.Rethink, "RETHINK — Riga",
            "Six months of one-to-one mentoring with a personal action plan; 40 hours of mentor training.",
            3, 4, 3, 2, [1, 1, 1], 8, 7,
            ["UA", "UA", "UA", "IN", "IN", "UZ", "UZ", "NG", "BY", "SY"], 3,
            [
                new("Introduction to mentoring and the RETHINK method", TrainingKind.Theory, 3m),
                new("Migration, integration and the Latvian labour market", TrainingKind.Theory, 3m),
                new("Intercultural communication", TrainingKind.Theory, 3m),
                new("Personal action plans, ethics and boundaries", TrainingKind.Theory, 3m),
                new("Practice: active listening and first meetings", TrainingKind.Practice, 4m),
                new("Practice: building a personal action plan", TrainingKind.Practice, 4m),
                new("Practice: CV and job search workshop", TrainingKind.Practice, 4m),
                new("Practice: role play on difficult conversations", TrainingKind.Practice, 4m),
                new("Practice: visit to the State Employment Agency", TrainingKind.Practice, 4m),
                new("Practice: peer supervision I", TrainingKind.Practice, 4m),
                new("Practice: peer supervision II", TrainingKind.Practice, 4m),
            ],
            true),
        new(Latvia, ProgrammeTemplate.SocialMentorSupportUkrainianRefugees, "Social Mentor Support for Ukrainian Refugees — Riga",
            "Sixty days of daily-life support for women who fled the war in Ukraine: housing, schools, health care, work.",
            3, 4, 3, 2, [1, 1, 1], 8, 7,
            ["UA"], 4,
            [
                new("Social mentoring for refugees: role and boundaries", TrainingKind.Theory, 3m),
                new("Housing, schools, health care and benefits in Latvia", TrainingKind.Theory, 3m),
                new("Practice: accompanying a first visit to the municipality", TrainingKind.Practice, 2m),
                new("Practice: trauma-informed conversations", TrainingKind.Practice, 2m),
            ],
            true),
    ];

    private static readonly Dictionary<string, Origin> Origins = new Origin[]
    {
        new("UA", "Ukraine",
            ["Olena", "Iryna", "Nataliia", "Oksana", "Yuliia", "Svitlana", "Kateryna", "Halyna", "Anastasiia", "Mariia", "Tetiana", "Viktoriia", "Liudmyla", "Daryna", "Alina", "Khrystyna"],
            ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Lysenko", "Rudenko", "Savchenko", "Moroz", "Pavlenko", "Marchenko", "Kovalchuk", "Polishchuk", "Hnatiuk"],
            "uk", "ru"),
        new("SY", "Syria",
            ["Rana", "Lina", "Huda", "Nour", "Amal", "Rasha", "Dalia", "Yasmin", "Hiba", "Salma", "Maha", "Rima"],
            ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Darwish", "Haj Ali", "Mahmoud", "Ibrahim", "Saleh", "Hamdan"],
            "ar"),
        new("IQ", "Iraq",
            ["Zainab", "Noor", "Sara", "Ruqaya", "Shahad", "Hawraa", "Mariam", "Duaa"],
            ["Al-Jubouri", "Kadhim", "Hussein", "Al-Obaidi", "Jassim", "Abbas", "Karim"],
            "ar"),
        new("AF", "Afghanistan",
            ["Mariam", "Zahra", "Fereshta", "Parwana", "Nargis", "Shabnam", "Laila", "Mursal", "Sadia", "Hosai"],
            ["Rahimi", "Hashimi", "Sadat", "Noori", "Karimi", "Habibi", "Amiri", "Azizi", "Popal", "Safi"],
            "fa"),
        new("BR", "Brazil",
            ["Ana Paula", "Juliana", "Camila", "Fernanda", "Larissa", "Patrícia", "Aline", "Bruna", "Tatiane", "Gabriela", "Luana", "Jéssica"],
            ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Araújo", "Barbosa"],
            "pt"),
        new("CV", "Cape Verde",
            ["Edna", "Elisângela", "Nilda", "Ivone", "Jandira", "Arlinda", "Djamila", "Carla", "Sónia"],
            ["Tavares", "Fortes", "Semedo", "Varela", "Monteiro", "Lopes", "Gomes", "Borges", "Furtado"],
            "kea", "pt"),
        new("AO", "Angola",
            ["Esperança", "Luzia", "Domingas", "Teresa", "Francisca", "Madalena", "Isabel", "Conceição", "Wendy"],
            ["Sebastião", "Cassoma", "Lukamba", "Ngola", "Bento", "Kiala", "Mbala", "Neto"],
            "pt"),
        new("IN", "India",
            ["Priya", "Anjali", "Sunita", "Kavita", "Pooja", "Neha", "Harpreet", "Manpreet", "Deepa", "Lakshmi"],
            ["Sharma", "Patel", "Kaur", "Nair", "Reddy", "Gupta", "Iyer", "Menon", "Das"],
            "hi", "en"),
        new("SO", "Somalia",
            ["Hodan", "Fadumo", "Amina", "Ifrah", "Sahra", "Hibo", "Ubah", "Farhiya", "Ayaan", "Nimco"],
            ["Mohamed", "Hassan", "Abdi", "Ali", "Farah", "Warsame", "Yusuf", "Osman", "Jama"],
            "so"),
        new("ER", "Eritrea",
            ["Senait", "Selam", "Yohana", "Mebrat", "Saba", "Feven", "Luwam", "Semhar", "Helen"],
            ["Tesfay", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Tekle", "Woldu", "Mehari"],
            "ti"),
        new("VE", "Venezuela",
            ["María José", "Daniela", "Andreína", "Gabriela", "Yusmary", "Carolina", "Valentina", "Mariana", "Oriana"],
            ["González", "Rodríguez", "Pérez", "Hernández", "Martínez", "Rojas", "Márquez", "Mendoza"],
            "es"),
        new("NP", "Nepal",
            ["Sita", "Gita", "Sarita", "Binita", "Kamala", "Anita", "Pramila"],
            ["Gurung", "Thapa", "Shrestha", "Tamang", "Rai", "Magar"],
            "ne", "en"),
        new("RU", "Russia",
            ["Anastasia", "Ekaterina", "Olga", "Natalia", "Irina", "Svetlana", "Yulia"],
            ["Ivanova", "Smirnova", "Kuznetsova", "Popova", "Sokolova", "Volkova", "Morozova"],
            "ru"),
        new("UZ", "Uzbekistan",
            ["Dilnoza", "Gulnora", "Madina", "Nodira", "Shahnoza", "Malika", "Zarina"],
            ["Karimova", "Rashidova", "Yusupova", "Tursunova", "Abdullayeva", "Nazarova"],
            "uz", "ru"),
        new("BY", "Belarus",
            ["Volha", "Hanna", "Alena", "Tatsiana", "Maryna", "Iryna"],
            ["Kavalenka", "Navumenka", "Martsinkevich", "Bahdanovich", "Zhuk"],
            "ru", "be"),
        new("NG", "Nigeria",
            ["Chioma", "Ngozi", "Aisha", "Funmilayo", "Blessing", "Adaeze", "Temitope"],
            ["Okafor", "Adeyemi", "Eze", "Bello", "Okonkwo", "Balogun"],
            "yo", "en"),
    }.ToDictionary(o => o.Code, StringComparer.Ordinal);

    private sealed record HostNamePool(string[] Women, string[] Men, string[] FemaleSurnames, string[] MaleSurnames);

    private static readonly Dictionary<string, HostNamePool> HostNames = new(StringComparer.Ordinal)
    {
        ["pt"] = new(
            ["Ana", "Maria", "Joana", "Sofia", "Inês", "Catarina", "Beatriz", "Rita", "Mariana", "Teresa", "Sara", "Cláudia", "Filipa", "Helena", "Leonor", "Patrícia"],
            ["Pedro", "Miguel", "Rui", "Tiago", "Nuno", "André"],
            ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia"],
            ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia"]),
        ["fi"] = new(
            ["Anna", "Laura", "Johanna", "Sanna", "Kaisa", "Riikka", "Elina", "Heidi", "Minna", "Päivi", "Tiina", "Satu", "Hanna", "Katja", "Noora", "Emilia"],
            ["Mikko", "Jukka", "Antti", "Ville", "Juha"],
            ["Korhonen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen", "Rantanen", "Lehtinen"],
            ["Korhonen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen", "Rantanen", "Lehtinen"]),
        ["fi-minority"] = new(
            ["Anna", "Sofia", "Emma", "Linnea", "Maria", "Ida"],
            ["Johan", "Henrik", "Mattias"],
            ["Lindqvist", "Lindholm", "Björklund", "Nyström", "Sjöberg", "Holmström"],
            ["Lindqvist", "Lindholm", "Björklund", "Nyström", "Sjöberg", "Holmström"]),
        ["lv"] = new(
            ["Anna", "Līga", "Inese", "Laura", "Zane", "Evija", "Sandra", "Santa", "Agnese", "Baiba", "Linda", "Marta", "Ieva", "Elīna"],
            ["Jānis", "Andris", "Mārtiņš", "Edgars", "Artūrs"],
            ["Kalniņa", "Ozoliņa", "Jansone", "Liepiņa", "Krūmiņa", "Balode", "Zariņa", "Pētersone", "Vītola", "Kļaviņa", "Eglīte", "Siliņa"],
            ["Kalniņš", "Ozoliņš", "Jansons", "Liepiņš", "Krūmiņš", "Balodis", "Zariņš", "Pētersons", "Vītols", "Kļaviņš", "Eglītis", "Siliņš"]),
        ["lv-minority"] = new(
            ["Jeļena", "Olga", "Natālija", "Svetlana", "Irina", "Tatjana", "Marina", "Anna"],
            ["Aleksandrs", "Sergejs", "Dmitrijs"],
            ["Ivanova", "Petrova", "Smirnova", "Kuzņecova", "Volkova", "Sokolova", "Vasiļjeva", "Fjodorova"],
            ["Ivanovs", "Petrovs", "Smirnovs", "Kuzņecovs", "Volkovs", "Sokolovs", "Vasiļjevs", "Fjodorovs"]),
    };

    private static readonly MentorCharacteristics[] MandatoryTraits =
    [
        MentorCharacteristics.CommunicationSkills, MentorCharacteristics.UnderstandsTargetGroup, MentorCharacteristics.GivesFeedback,
        MentorCharacteristics.EncouragesAndMotivates, MentorCharacteristics.RiskManagement, MentorCharacteristics.WillingToDevoteTime,
    ];

    private static readonly MentorCharacteristics[] PreferableTraits =
    [
        MentorCharacteristics.Flexibility, MentorCharacteristics.CreativeThinking, MentorCharacteristics.Collaboration,
        MentorCharacteristics.GrowthPromotion, MentorCharacteristics.PlanningAndOrganisation, MentorCharacteristics.BuildsTrust,
        MentorCharacteristics.Cooperation,
    ];

    private static readonly string[] MentorJobs =
    [
        "HR specialist", "retired teacher", "social worker", "nurse", "software developer", "bank clerk", "entrepreneur",
        "librarian", "project manager", "accountant", "journalist", "civil servant", "recruitment consultant", "pharmacist",
        "architect", "university lecturer", "pastry chef", "marketing manager",
    ];

    private static readonly string[] MentorBackgrounds =
    [
        "I lived abroad for several years myself and know what it is like to start again.",
        "My grandmother came here as a refugee.",
        "I have volunteered with the Red Cross for some years.",
        "I have hired many people and know what employers look for.",
        "I am a mother of two and know the schools and services well.",
        string.Empty,
    ];

    private static readonly string[] MentorMotivations =
    [
        "Wants to give something back; was once helped by a mentor herself.",
        "Has colleagues from abroad and has seen how hard the first job is to find.",
        "Retired recently and has time; interested in other cultures.",
        "Worked abroad for years and knows the loneliness of the first months.",
        "Wants to use her professional network to open doors.",
    ];

    private static readonly ReferralSource[] MentorReferrals =
    [
        ReferralSource.Website, ReferralSource.SocialMedia, ReferralSource.SocialMedia, ReferralSource.FriendOrFamily,
        ReferralSource.Leaflet, ReferralSource.Radio, ReferralSource.Video, ReferralSource.Other,
    ];

    private static readonly ReferralSource[] MenteeReferrals =
    [
        ReferralSource.Leaflet, ReferralSource.Leaflet, ReferralSource.Radio, ReferralSource.Video, ReferralSource.EmploymentOffice,
        ReferralSource.EmploymentOffice, ReferralSource.EmploymentOffice, ReferralSource.AnotherService, ReferralSource.AnotherService,
        ReferralSource.SocialMedia, ReferralSource.FriendOrFamily, ReferralSource.FriendOrFamily, ReferralSource.Website,
    ];

    private static readonly string[] Degree = ["University degree (not yet recognised)", "Master's degree", "University degree"];
    private static readonly string[] School = ["Secondary school", "Vocational diploma", "Secondary school, not finished"];

    private static readonly (string Job, string[] Educations)[] MenteeJobs =
    [
        ("nurse", ["Nursing diploma (not yet recognised)", "University degree in nursing"]),
        ("teacher", Degree),
        ("accountant", Degree),
        ("hairdresser", ["Vocational diploma in hairdressing", "Secondary school"]),
        ("seamstress", School),
        ("shop assistant", School),
        ("cook", ["Vocational diploma in catering", "Secondary school"]),
        ("pharmacist", Degree),
        ("IT support technician", ["Vocational diploma in IT", "University degree, not finished"]),
        ("kindergarten teacher", ["Teacher training college", "University degree (not yet recognised)"]),
        ("civil engineer", Degree),
        ("cleaner", School),
        ("cashier", School),
        ("lawyer", Degree),
        ("journalist", Degree),
        ("dentist", Degree),
        ("office administrator", ["Secondary school", "Vocational diploma in administration", "University degree"]),
        ("beautician", ["Vocational diploma in cosmetology", "Secondary school"]),
        ("bookkeeper", ["Vocational diploma in accounting", "Secondary school"]),
        ("waitress", School),
    ];

    private static readonly string[] Interests =
    [
        "cooking", "baking", "hiking", "reading", "yoga", "music", "gardening", "photography", "crafts", "sewing", "swimming",
        "dancing", "painting", "volunteering", "languages", "technology", "running", "theatre", "board games", "cycling", "nature", "film",
    ];

    private static readonly string[] HealthNotes =
    [
        "Sleeps badly since arrival; sees a GP.",
        "Back pain from cleaning work; physiotherapy booked.",
        "Feels isolated at home with the children; would like a women's group.",
        "Anxious while waiting for the residence permit decision; talks to a counsellor.",
        "Diabetes, well managed; needs regular appointments during working hours.",
        "Lost her brother in the war; grief counselling through the health centre.",
    ];

    private static readonly string[] HealthFollowUps =
    [
        "Sleeping better; still sees the GP.",
        "Joined a women's walking group; feels less alone.",
        "Counselling finished; feels more settled.",
    ];

    private static readonly string[] HardSkillNotes =
    [
        "Has a CV, but only in her own language.",
        "Degree papers are here; recognition not yet applied for.",
        "Good computer skills; no local references yet.",
        "Driving licence from home; needs to exchange it.",
    ];

    private static readonly string[] LabourMarketNotes =
    [
        "Registered with the employment office; unsure what the next step is.",
        "Does not know how job interviews work here.",
        "Thinks she must accept any job offered; did not know about collective agreements.",
    ];

    private static readonly string[] CultureNotes =
    [
        "Finds small talk at work hard; wants to practise.",
        "Punctuality and calling ahead when late discussed.",
    ];

    private static readonly string[] WaitListReasons =
    [
        "The current intake is full; she will be offered a place in the next one.",
        "Waiting for a mentor who can meet in the mornings near her home.",
        "Wants to finish her language course first; we will call her in two months.",
    ];

    private static readonly string[] MenteeDeclineReasons =
    [
        "Lives in {city}, outside the programme's area; referred to the partner there.",
        "Is looking for legal advice only; referred to the legal aid service.",
        "Already has a job and a mentor through her employer; no need for the programme.",
    ];

    private static readonly string[] MentorDeclineReasons =
    [
        "Cannot commit to the training schedule this year.",
        "Interested in paid work with the organisation rather than volunteering; referred to HR.",
        "Could not give references in time; welcome to apply again.",
    ];

    private static readonly Dictionary<SupportAreas, string> AreaWords = new()
    {
        [SupportAreas.Qualifications] = "qualifications",
        [SupportAreas.JobSearch] = "job search",
        [SupportAreas.Entrepreneurship] = "starting a business",
        [SupportAreas.Health] = "health",
        [SupportAreas.Parenting] = "parenting",
        [SupportAreas.Citizenship] = "citizenship",
        [SupportAreas.Participation] = "taking part in society",
        [SupportAreas.LabourMarketOrientation] = "the labour market",
        [SupportAreas.HealthAndHabits] = "health and daily habits",
        [SupportAreas.ParentingAndFamily] = "family life and schools",
        [SupportAreas.RightsAndObligations] = "rights and obligations",
        [SupportAreas.CityOrientation] = "finding her way in the city",
    };
}

file enum AvailabilityStyle
{
    Daytime,
    Evenings,
    Flexible,
}
