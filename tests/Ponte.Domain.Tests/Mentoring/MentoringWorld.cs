using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Xunit;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>A programme with people taken through the real intake journey to the match board, for the process tests.</summary>
internal sealed class MentoringWorld
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    public static readonly Actor Manager = new(Guid.NewGuid(), "Marta Sousa");

    public MentoringWorld(MentoringType type = MentoringType.OneToOne, int groupSize = 1)
    {
        Programme = Programme.Create(Guid.NewGuid(), ProgrammeTemplate.Custom, ProgrammeTemplates.Defaults(ProgrammeTemplate.Custom) with
        {
            Name = "Auroras-style group",
            MentoringType = type,
            GroupSize = groupSize,
            RequiredTheoryHours = 0,
            RequiredPracticeHours = 0,
        });
        Template = AgreementTemplate.Create(Programme, "en", Sections(), Manager, Now);
    }

    public Programme Programme { get; }

    public AgreementTemplate Template { get; }

    public static AgreementSections Sections(string goals = "Goals are agreed at the kick-off.") => AgreementSections.Create(
        goals,
        "We meet at the rhythm written below.",
        "The process lasts the months written below.",
        "The mentor listens and guides; the mentee leads her own goals.",
        "What we say stays between us, unless someone is at risk.",
        "Either of us may end early by telling the programme team.");

    public static Actor ActorOf(Participant participant, string name = "someone") => new(participant.UserId, name);

    /// <summary>An accepted participant with her own account, not yet on the waiting list.</summary>
    public Participant Accepted(ParticipantRole role, string name = "Samira Haddad")
    {
        var profile = Profile.Create(
            name, "samira@example.org", "+358 40 123 4567", "en", Gender.Woman, "SY", "Helsinki", "00100",
            [LanguageSkill.Create("en", LanguageLevel.Fluent)],
            WeeklyAvailability.Of([(DayOfWeek.Monday, DayPart.Evening)]), ["baking"], SupportAreas.JobSearch,
            MatchingPreferences.None, null);
        var application = Application.Submit(Programme, role, Guid.NewGuid(), profile, ReferralSource.Leaflet, null, true, Programme.PrivacyNoticeVersion, Now);
        application.ScheduleInterview(Now.AddDays(1), "Office", null, Manager, Now);
        application.RecordInterview("Notes", null, null, Manager, Now);
        var participant = application.Decide(Decision.Accept, null, Manager, Now)!;
        participant.LinkUser(Guid.NewGuid());
        return participant;
    }

    /// <summary>A participant on the waiting list: a screened mentee, or a cleared mentor (the programme needs no hours).</summary>
    public Participant Ready(ParticipantRole role, string name = "Samira Haddad")
    {
        var participant = Accepted(role, name);
        if (role == ParticipantRole.Mentee)
        {
            var screening = Assessment.Record(participant, AssessmentMode.WithStaff, Indicators.All.Select(i => (i, 3, (string?)null)), Manager, Now);
            participant.SetTargetGroup(TargetGroup.LightSupport, screening, Programme, Manager, Now);
        }
        else
        {
            participant.RecordSafetyChecks(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2), Manager, Now);
            participant.UpdateReadiness(Programme, new TrainingHours(0, 0), Manager, Now);
        }

        Assert.Equal(ParticipantStatus.ReadyToMatch, participant.Status);
        return participant;
    }

    /// <summary>Approves a proposal of the two on the board, as the match board does: both are matched.</summary>
    public MatchProposal Approve(Participant mentor, Participant mentee)
    {
        var (run, proposal) = Board(mentor, mentee);
        var relationship = MentoringRelationship.Start(mentor, mentee, Manager, Now);
        run.Approve(proposal, relationship.Id, Manager, Now);
        return proposal;
    }

    /// <summary>A proposal of the board not decided yet.</summary>
    public MatchProposal Propose(Participant mentor, Participant mentee) => Board(mentor, mentee).Proposal;

    public MatchProposal Reject(Participant mentor, Participant mentee)
    {
        var (run, proposal) = Board(mentor, mentee);
        run.Reject(proposal, Manager, Now);
        return proposal;
    }

    private (MatchingRun Run, MatchProposal Proposal) Board(Participant mentor, Participant mentee)
    {
        var run = MatchingRun.Record(Programme.OrganisationId, Programme.Id, Manager, Now, 1, 1, 0, 1,
            [MatchProposal.Create(mentee.Id, mentor.Id, 5000, "[]", "[]")], []);
        return (run, run.Proposals[0]);
    }

    /// <summary>A started one-to-one process.</summary>
    public (MentoringProcess Process, Participant Mentor, Participant Mentee) OneToOne()
    {
        var mentor = Ready(ParticipantRole.Mentor, "Helena Duarte");
        var mentee = Ready(ParticipantRole.Mentee);
        var proposal = Approve(mentor, mentee);
        return (MentoringProcess.Start(Programme, mentor, [mentee], null, [proposal], Manager, Now), mentor, mentee);
    }

    /// <summary>A one-to-one process with its agreement drafted.</summary>
    public (MentoringProcess Process, Participant Mentor, Participant Mentee) Drafted()
    {
        var started = OneToOne();
        started.Process.DraftAgreement(Template, "Find work as a pastry chef.", MeetingRhythm.Weekly, 6, Manager, Now.AddDays(1));
        return started;
    }

    /// <summary>A one-to-one process everyone has accepted.</summary>
    public (MentoringProcess Process, Participant Mentor, Participant Mentee) Active()
    {
        var drafted = Drafted();
        drafted.Process.AcceptAgreement(AgreementRole.Mentee, ActorOf(drafted.Mentee), Now.AddDays(2));
        drafted.Process.AcceptAgreement(AgreementRole.Mentor, ActorOf(drafted.Mentor), Now.AddDays(2));
        drafted.Process.AcceptAgreement(AgreementRole.Organisation, Manager, Now.AddDays(3));
        Assert.Equal(ProcessStatus.Active, drafted.Process.Status);
        return drafted;
    }
}
