using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Organisations;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Xunit;

namespace Ponte.Domain.Tests.Events;

/// <summary>A partner organisation with a programme and people taken through the intake journey, for the event tests.</summary>
internal sealed class EventsWorld
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset NextWeek = Now.AddDays(7);
    public static readonly Actor Manager = new(Guid.NewGuid(), "Marta Sousa");
    public static readonly Actor Coordinator = new(Guid.NewGuid(), "Inês Coordenadora");

    public EventsWorld(string countryCode = "PT", decimal theoryHours = 0, decimal practiceHours = 0)
    {
        Organisation = Organisation.Create("Associação Ponte " + countryCode, countryCode, "Lisboa", ["pt", "en"]);
        Programme = NewProgramme(theoryHours, practiceHours);
    }

    public Organisation Organisation { get; }

    public Programme Programme { get; }

    /// <summary>Another programme of the same organisation.</summary>
    public Programme NewProgramme(decimal theoryHours = 0, decimal practiceHours = 0) =>
        Programme.Create(Organisation.Id, ProgrammeTemplate.Custom, ProgrammeTemplates.Defaults(ProgrammeTemplate.Custom) with
        {
            Name = "Mentoring Program for Migrants",
            RequiredTheoryHours = theoryHours,
            RequiredPracticeHours = practiceHours,
        });

    /// <summary>An accepted participant of <paramref name="programme"/> (this world's by default).</summary>
    public Participant Person(ParticipantRole role, string name = "Samira Haddad", Programme? programme = null)
    {
        var into = programme ?? Programme;
        var profile = Profile.Create(
            name, "samira@example.org", "+351 912 345 678", "pt", Gender.Woman, "SY", "Lisboa", "1000-001",
            [LanguageSkill.Create("pt", LanguageLevel.Fluent)],
            WeeklyAvailability.Of([(DayOfWeek.Monday, DayPart.Evening)]), ["baking"], SupportAreas.JobSearch,
            MatchingPreferences.None, null);
        var application = Application.Submit(into, role, Guid.NewGuid(), profile, ReferralSource.Leaflet, null, true, into.PrivacyNoticeVersion, Now.AddDays(-30));
        application.ScheduleInterview(Now.AddDays(-29), "Office", null, Manager, Now.AddDays(-30));
        application.RecordInterview("Notes", null, null, Manager, Now.AddDays(-29));
        var participant = application.Decide(Decision.Accept, null, Manager, Now.AddDays(-29))!;
        participant.LinkUser(Guid.NewGuid());
        return participant;
    }

    public Participant Mentor(string name = "Helena Duarte") => Person(ParticipantRole.Mentor, name);

    public Participant Mentee(string name = "Samira Haddad") => Person(ParticipantRole.Mentee, name);

    /// <summary>An event of this world's programme next week: 90 minutes, in the office.</summary>
    public ProgrammeEvent Plan(EventKind kind = EventKind.Networking, int? capacity = null, HoursKind? hoursKind = null, int minutes = 90, DateTimeOffset? startsAt = null) =>
        ProgrammeEvent.Plan(Programme, kind, "Welcome evening", "Meet the other pairs.", startsAt ?? NextWeek, minutes, "Rua da Ponte 1, Lisboa", null,
            capacity, kind == EventKind.MentorTraining ? hoursKind ?? HoursKind.Theory : hoursKind, Manager, Now);

    public static NetworkEvent PlanNetworkEvent(DateTimeOffset? startsAt = null) =>
        NetworkEvent.Plan("Nordic–Iberian exchange", "Partners share what works.", startsAt ?? NextWeek, 120, null, "https://meet.example.org/ponte", Coordinator, Now);

    public static DomainValidationException Invalid(string field, string code, Action act)
    {
        var refused = Assert.Throws<DomainValidationException>(act);
        Assert.Equal(code, refused.Code);
        Assert.Equal(field, refused.Field);
        return refused;
    }

    public static DomainException Refused(string code, Action act)
    {
        var refused = Assert.ThrowsAny<DomainException>(act);
        Assert.Equal(code, refused.Code);
        return refused;
    }
}
