using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Ponte.Domain.Training;
using Xunit;

namespace Ponte.Domain.Tests;

/// <summary>The rules of the intake journey, as the entities enforce them whatever the caller.</summary>
public sealed class JourneyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Manager = new(Guid.NewGuid(), "Helena Duarte");

    private static Programme NewProgramme(decimal theory = 12, decimal practice = 28, TargetGroups groups = TargetGroups.LightSupport | TargetGroups.Retraining | TargetGroups.IntensiveSupport) =>
        Programme.Create(Guid.NewGuid(), ProgrammeTemplate.Rethink, ProgrammeTemplates.Defaults(ProgrammeTemplate.Rethink) with
        {
            RequiredTheoryHours = theory,
            RequiredPracticeHours = practice,
            TargetGroups = groups,
        });

    private static Profile SomeProfile(string name = "Samira Haddad") => Profile.Create(
        name, "samira@example.org", null, "ar", Gender.Woman, "SY", "Helsinki", "00100",
        [LanguageSkill.Create("ar", LanguageLevel.Native), LanguageSkill.Create("fi", LanguageLevel.Basic)],
        WeeklyAvailability.Of([(DayOfWeek.Monday, DayPart.Evening)]), ["baking"], SupportAreas.JobSearch,
        MatchingPreferences.None, null);

    private static Application Submitted(Programme programme, ParticipantRole role) =>
        Application.Submit(programme, role, Guid.NewGuid(), SomeProfile(), ReferralSource.Leaflet, null, true, programme.PrivacyNoticeVersion, Now);

    private static Participant Accepted(Programme programme, ParticipantRole role)
    {
        var application = Submitted(programme, role);
        application.ScheduleInterview(Now.AddDays(1), "Office", null, Manager, Now);
        application.RecordInterview("Pastry chef", "Work", "Rules", Manager, Now.AddDays(1));
        return application.Decide(Decision.Accept, null, Manager, Now.AddDays(1))!;
    }

    [Fact]
    public void An_application_cannot_be_accepted_before_its_interview_is_recorded()
    {
        var application = Submitted(NewProgramme(), ParticipantRole.Mentee);
        var refused = Assert.Throws<DomainException>(() => application.Decide(Decision.Accept, null, Manager, Now));
        Assert.Equal("InterviewRequired", refused.Code);
        application.ScheduleInterview(Now.AddDays(2), null, "https://meet.example.org/x", Manager, Now);
        Assert.Throws<DomainException>(() => application.Decide(Decision.Accept, null, Manager, Now));
        Assert.Equal(ApplicationStatus.InterviewScheduled, application.Status);
    }

    [Fact]
    public void Declining_needs_a_reason_and_closes_the_application()
    {
        var application = Submitted(NewProgramme(), ParticipantRole.Mentee);
        var noReason = Assert.Throws<DomainValidationException>(() => application.Decide(Decision.Decline, "  ", Manager, Now));
        Assert.Equal("DecisionReason", noReason.Field);
        application.Decide(Decision.Decline, "Lives outside the area", Manager, Now);
        Assert.Equal(ApplicationStatus.Declined, application.Status);
        Assert.Equal("ApplicationClosed", Assert.Throws<DomainException>(() => application.ScheduleInterview(Now.AddDays(1), "Office", null, Manager, Now)).Code);
    }

    [Fact]
    public void Accepting_creates_the_participant_with_the_applications_history_on_her_timeline()
    {
        var participant = Accepted(NewProgramme(), ParticipantRole.Mentee);
        Assert.Equal(ParticipantStatus.Accepted, participant.Status);
        Assert.Equal(["Applied", "InterviewScheduled", "Interviewed", "Accepted"], participant.Timeline.Select(t => t.Event));
        Assert.Equal(Manager.UserId, participant.Timeline[^1].ActorUserId);
    }

    [Fact]
    public void A_submission_without_consent_or_with_an_old_privacy_notice_is_refused()
    {
        var programme = NewProgramme();
        Assert.Equal("ConsentRequired", Assert.Throws<DomainValidationException>(() =>
            Application.Submit(programme, ParticipantRole.Mentee, Guid.NewGuid(), SomeProfile(), ReferralSource.Radio, null, false, programme.PrivacyNoticeVersion, Now)).Code);
        Assert.Equal("PrivacyNoticeChanged", Assert.Throws<DomainValidationException>(() =>
            Application.Submit(programme, ParticipantRole.Mentee, Guid.NewGuid(), SomeProfile(), ReferralSource.Radio, null, true, "2020-01", Now)).Code);
        programme.CloseApplications();
        Assert.Equal("ApplicationsClosed", Assert.Throws<DomainException>(() =>
            Application.Submit(programme, ParticipantRole.Mentee, Guid.NewGuid(), SomeProfile(), ReferralSource.Radio, null, true, programme.PrivacyNoticeVersion, Now)).Code);
    }

    [Fact]
    public void A_mentor_is_ready_to_match_only_with_both_safety_checks_and_the_programmes_hours()
    {
        var programme = NewProgramme(theory: 12, practice: 28);
        var mentor = Accepted(programme, ParticipantRole.Mentor);
        var theory = TrainingSession.Plan(programme.OrganisationId, programme.Id, "Roles and limits", Now.AddDays(-10), TrainingKind.Theory, 12, null, null);
        var practice = TrainingSession.Plan(programme.OrganisationId, programme.Id, "Practice", Now.AddDays(-5), TrainingKind.Practice, 20, null, null);
        theory.RecordAttendance(mentor, true, Now);
        practice.RecordAttendance(mentor, true, Now);
        var hours = TrainingSession.HoursAttended([theory, practice], mentor.Id);

        Assert.Equal(new TrainingHours(12, 20), hours);
        mentor.UpdateReadiness(programme, hours, Manager, Now);
        Assert.Equal(ParticipantStatus.InTraining, mentor.Status);
        var refused = Assert.Throws<DomainException>(() => mentor.MarkReadyToMatch(programme, hours, Manager, Now));
        Assert.Equal("NotReadyToMatch", refused.Code);
        Assert.Equal(["CriminalRecordNotSeen", "ReferencesNotChecked", "PracticeHoursMissing"], mentor.ReadinessGaps(programme, hours));

        mentor.RecordSafetyChecks(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2), Manager, Now);
        mentor.UpdateReadiness(programme, hours, Manager, Now);
        Assert.Equal(ParticipantStatus.InTraining, mentor.Status);

        var more = TrainingSession.Plan(programme.OrganisationId, programme.Id, "Practice 2", Now.AddDays(-1), TrainingKind.Practice, 8, null, null);
        more.RecordAttendance(mentor, true, Now);
        hours = TrainingSession.HoursAttended([theory, practice, more], mentor.Id);
        mentor.UpdateReadiness(programme, hours, Manager, Now);
        Assert.Equal(ParticipantStatus.ReadyToMatch, mentor.Status);

        mentor.RecordSafetyChecks(null, new DateOnly(2026, 11, 2), Manager, Now);
        Assert.Equal(ParticipantStatus.InTraining, mentor.Status);
        Assert.Contains(mentor.Timeline, t => t.Event == "NoLongerReady");
    }

    [Fact]
    public void The_target_group_needs_a_screening_of_hers_and_a_group_the_programme_serves()
    {
        var programme = NewProgramme(groups: TargetGroups.LightSupport | TargetGroups.Retraining);
        var mentee = Accepted(programme, ParticipantRole.Mentee);
        var other = Accepted(programme, ParticipantRole.Mentee);
        var ratings = Indicators.All.Select(i => (i, 3, (string?)null)).ToList();
        var hers = Assessment.Record(mentee, AssessmentMode.WithStaff, ratings, Manager, Now);
        var notHers = Assessment.Record(other, AssessmentMode.WithStaff, ratings, Manager, Now);

        Assert.Equal("EvidenceMismatch", Assert.Throws<DomainException>(() => mentee.SetTargetGroup(TargetGroup.Retraining, notHers, programme, Manager, Now)).Code);
        Assert.Equal("TargetGroupNotServed", Assert.Throws<DomainValidationException>(() => mentee.SetTargetGroup(TargetGroup.IntensiveSupport, hers, programme, Manager, Now)).Code);
        mentee.SetTargetGroup(TargetGroup.Retraining, hers, programme, Manager, Now);
        Assert.Equal(ParticipantStatus.ReadyToMatch, mentee.Status);
        Assert.Equal(TargetGroup.Retraining, mentee.TargetGroup);
    }

    [Fact]
    public void A_screening_rates_every_indicator_from_1_to_5()
    {
        var mentee = Accepted(NewProgramme(), ParticipantRole.Mentee);
        var missing = Indicators.All.Skip(1).Select(i => (i, 3, (string?)null));
        Assert.Equal("Ratings[HardSkills]", Assert.Throws<DomainValidationException>(() => Assessment.Record(mentee, AssessmentMode.SelfAssessment, missing, Manager, Now)).Field);
        var outOfRange = Indicators.All.Select(i => (i, i == Indicator.CultureKeys ? 6 : 3, (string?)null));
        Assert.Equal("ScoreRange", Assert.Throws<DomainValidationException>(() => Assessment.Record(mentee, AssessmentMode.SelfAssessment, outOfRange, Manager, Now)).Code);
        var mentor = Accepted(NewProgramme(), ParticipantRole.Mentor);
        Assert.Equal("MenteesOnly", Assert.Throws<DomainException>(() => Assessment.Record(mentor, AssessmentMode.WithStaff, Indicators.All.Select(i => (i, 3, (string?)null)), Manager, Now)).Code);
    }

    [Fact]
    public void A_relationship_refuses_a_mentor_who_is_not_ready_and_leaves_the_mentee_untouched()
    {
        var programme = NewProgramme();
        var mentor = Accepted(programme, ParticipantRole.Mentor);
        var mentee = Accepted(programme, ParticipantRole.Mentee);
        var screening = Assessment.Record(mentee, AssessmentMode.WithStaff, Indicators.All.Select(i => (i, 2, (string?)null)), Manager, Now);
        mentee.SetTargetGroup(TargetGroup.LightSupport, screening, programme, Manager, Now);

        Assert.Throws<DomainException>(() => MentoringRelationship.Start(mentor, mentee, Manager, Now));
        Assert.Equal(ParticipantStatus.ReadyToMatch, mentee.Status);
        Assert.DoesNotContain(mentee.Timeline, t => t.Event == "Matched");
    }
}
