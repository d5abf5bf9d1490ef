using System.Text;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Organisations;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
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

    public required IReadOnlyList<DemoUser> Users { get; init; }
}

/// <summary>
/// A realistic small network to demonstrate and test Ponte: three partner organisations
/// (Lisbon, Helsinki, Riga), five programmes, the Portuguese pilot's figures (67 mentors,
/// 124 mentees, 32 mentoring processes), every inbox stage, and the three personas of the
/// product brief. Everything is made through the domain's own factories and transitions, as
/// the real journey would, with timestamps spread over the eight months before <c>now</c>.
/// The same <c>now</c> always gives the same people, texts, statuses and times (the database
/// identifiers and public keys are new on every build).
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
    string OtherCity);

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

    public DemoNetworkBuilder(DateTimeOffset now)
    {
        _now = now;
        _today = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, now.Offset);
    }

    public DemoNetworkData Build()
    {
        var coordinator = Guid.CreateVersion7();
        _users.Add(new DemoUser(coordinator, DemoNetwork.CoordinatorEmail, "Helena Duarte", Roles.NetworkCoordinator, null, null, "en"));
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
            BuildProgramme(context);
        }

        // Run the participants' transitions in the order they happened, across people, so that
        // every timeline reads forwards and a match finds both sides ready.
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
            var matchAt = Day(matchDay, R(10, 16), R(0, 3) * 15);
            var groupSize = spec.GroupSizes[i];
            for (var j = 0; j < groupSize; j++)
            {
                MenteePlan plan;
                if (isUkrainian && i == 0 && j == 0)
                    plan = Tatiana(ctx);
                else if (isSmile && i == 0 && j == 0)
                    plan = Fatima(ctx);
                else
                {
                    var group = PickGroup(ctx.Programme, allowIntensive: mentor.Experienced);
                    var acceptDay = Math.Min(matchDay + R(15, 70), HorizonDays);
                    plan = new MenteePlan(NewMentee(ctx, group, mentor), group, acceptDay);
                }

                var mentee = AddMentee(ctx, plan, screened: true);
                var m = mentor.Participant;
                Schedule(matchAt, () =>
                {
                    var relationship = MentoringRelationship.Start(m, mentee, ctx.Manager, matchAt);
                    relationship.CreatedAt = matchAt;
                    relationship.CreatedById = ctx.Manager.UserId;
                    _relationships.Add(relationship);
                });
            }
        }

        // Mentees on the waiting list, screened and with a target group.
        for (var i = 0; i < spec.MenteesReady; i++)
        {
            MenteePlan plan;
            if (isSmile && i == 0)
                plan = Samira(ctx);
            else
            {
                var group = PickGroup(ctx.Programme, allowIntensive: true);
                plan = new MenteePlan(NewMentee(ctx, group, null), group, R(16, HorizonDays));
            }

            AddMentee(ctx, plan, screened: true);
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
            _users.Add(new DemoUser(Guid.CreateVersion7(), applicant.Profile.Email, applicant.Profile.FullName, Roles.Mentor, ctx.Organisation.Id, mentor.Id, "en"));

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
            _users.Add(new DemoUser(Guid.CreateVersion7(), plan.Applicant.Profile.Email, plan.Applicant.Profile.FullName, Roles.Mentee, ctx.Organisation.Id, mentee.Id, culture));
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
            new(30, [3, 2, 2, 2, 2, 2, 2], new()
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
        application.CreatedAt = at;
        _applications.Add(application);
        return application;
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
        "Porto");

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
        "Tampere");

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
        "Daugavpils");

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
