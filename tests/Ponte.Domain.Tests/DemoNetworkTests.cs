using System.Diagnostics;
using System.Globalization;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Demo;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Ponte.Domain.Training;
using Xunit;

namespace Ponte.Domain.Tests;

public sealed class DemoNetworkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    private static readonly DemoNetworkData Data = DemoNetwork.Build(Now);

    private static IEnumerable<Participant> Mentors => Data.Participants.Where(p => p.Role == ParticipantRole.Mentor);

    private static IEnumerable<Participant> Mentees => Data.Participants.Where(p => p.Role == ParticipantRole.Mentee);

    private static Programme ProgrammeOf(Participant p) => Data.Programmes.Single(x => x.Id == p.ProgrammeId);

    private static TrainingHours HoursOf(Participant p) =>
        TrainingSession.HoursAttended(Data.TrainingSessions.Where(s => s.ProgrammeId == p.ProgrammeId), p.Id);

    private static Participant Persona(string email) => Data.Participants.Single(p => p.Profile.Email == email);

    [Fact]
    public void Every_demo_account_has_an_email_at_the_demo_domain()
    {
        Assert.NotEmpty(Data.Users);
        Assert.All(Data.Users, u => Assert.EndsWith("@" + DemoNetwork.EmailDomain, u.Email, StringComparison.Ordinal));
    }

    [Fact]
    public void Has_the_pilot_figures()
    {
        Assert.Equal(3, Data.Organisations.Count);
        Assert.Equal(["PT", "FI", "LV"], Data.Organisations.Select(o => o.CountryCode));
        Assert.Equal(5, Data.Programmes.Count);
        Assert.Equal(67, Mentors.Count());
        Assert.Equal(124, Mentees.Count());
        Assert.Equal(32, Data.Relationships.Count(r => r.Status == RelationshipStatus.Active));
    }

    [Fact]
    public void Every_stage_of_the_journey_shows()
    {
        foreach (var status in Enum.GetValues<ApplicationStatus>())
            Assert.Contains(Data.Applications, a => a.Status == status);
        foreach (var status in new[] { ParticipantStatus.Accepted, ParticipantStatus.ReadyToMatch, ParticipantStatus.Matched })
            Assert.Contains(Mentees, p => p.Status == status);
        foreach (var status in new[] { ParticipantStatus.Accepted, ParticipantStatus.InTraining, ParticipantStatus.ReadyToMatch, ParticipantStatus.Matched })
            Assert.Contains(Mentors, p => p.Status == status);
        Assert.All(Data.Applications.Where(a => a.Status == ApplicationStatus.Declined), a => Assert.False(string.IsNullOrWhiteSpace(a.DecisionReason)));
        Assert.Contains(Data.Applications, a => a.Status == ApplicationStatus.InterviewScheduled && a.InterviewAt > Now);
    }

    [Fact]
    public void Every_participant_was_accepted_through_an_interview()
    {
        Assert.All(Data.Participants, p =>
        {
            var application = Data.Applications.Single(a => a.Id == p.ApplicationId);
            Assert.Equal(ApplicationStatus.Accepted, application.Status);
            Assert.Equal(p.Id, application.ParticipantId);
            Assert.True(application.HasInterviewNotes);
            Assert.Equal(["Applied", "InterviewScheduled", "Interviewed", "Accepted"], p.Timeline.Take(4).Select(t => t.Event));
        });
        Assert.Equal(Data.Participants.Count, Data.Applications.Count(a => a.Status == ApplicationStatus.Accepted));
    }

    [Fact]
    public void Ready_and_matched_mentors_meet_every_rule()
    {
        foreach (var mentor in Mentors)
        {
            var gaps = mentor.ReadinessGaps(ProgrammeOf(mentor), HoursOf(mentor));
            if (mentor.Status is ParticipantStatus.ReadyToMatch or ParticipantStatus.Matched)
            {
                Assert.Empty(gaps);
                Assert.True(mentor.SafetyChecksPassed);
                Assert.True(mentor.Characteristics.HasFlag(MentorCharacteristics.Mandatory), mentor.Profile.FullName);
            }
            else
            {
                Assert.NotEmpty(gaps);
            }
        }
    }

    [Fact]
    public void Training_curricula_add_up_to_the_programmes_hours()
    {
        foreach (var programme in Data.Programmes)
        {
            var sessions = Data.TrainingSessions.Where(s => s.ProgrammeId == programme.Id).ToList();
            Assert.NotEmpty(sessions);
            // Each run of the curriculum repeats the same titles; one run is the distinct titles.
            var run = sessions.GroupBy(s => s.Title).Select(g => g.First()).ToList();
            Assert.Equal(programme.RequiredTheoryHours, run.Where(s => s.Kind == TrainingKind.Theory).Sum(s => s.Hours));
            Assert.Equal(programme.RequiredPracticeHours, run.Where(s => s.Kind == TrainingKind.Practice).Sum(s => s.Hours));
            Assert.All(sessions.Where(s => s.StartsAt > Now), s => Assert.DoesNotContain(s.Attendance, a => a.Attended));
        }
    }

    [Fact]
    public void Matches_respect_capacity_programme_and_preferences()
    {
        var participants = Data.Participants.ToDictionary(p => p.Id);
        var active = Data.Relationships.Where(r => r.Status == RelationshipStatus.Active).ToList();
        foreach (var byMentor in active.GroupBy(r => r.MentorId))
        {
            var mentor = participants[byMentor.Key];
            Assert.Equal(ParticipantStatus.Matched, mentor.Status);
            Assert.True(byMentor.Count() <= ProgrammeOf(mentor).MentorCapacity, mentor.Profile.FullName);
        }

        foreach (var relationship in active)
        {
            var mentor = participants[relationship.MentorId];
            var mentee = participants[relationship.MenteeId];
            Assert.Equal(mentor.ProgrammeId, mentee.ProgrammeId);
            Assert.Equal(relationship.ProgrammeId, mentee.ProgrammeId);
            Assert.Equal(ParticipantStatus.Matched, mentee.Status);
            if (mentee.Profile.WomanMentorOnly)
                Assert.Equal(Gender.Woman, mentor.Profile.Gender);
            if (mentee.TargetGroup == TargetGroup.IntensiveSupport)
                Assert.True(mentor.ExperiencedWithVulnerableGroups);
            Assert.True(relationship.StartedAt <= Now);
        }

        Assert.Equal(active.Count, active.Select(r => r.MenteeId).Distinct().Count());
        Assert.Equal(active.Count, Mentees.Count(m => m.Status == ParticipantStatus.Matched));
        Assert.Equal(active.Select(r => r.MentorId).Distinct().Count(), Mentors.Count(m => m.Status == ParticipantStatus.Matched));
    }

    [Fact]
    public void Screened_mentees_have_rising_screenings_and_a_served_target_group()
    {
        foreach (var mentee in Mentees)
        {
            var assessments = Data.Assessments.Where(a => a.ParticipantId == mentee.Id).OrderBy(a => a.TakenAt).ToList();
            if (mentee.Status == ParticipantStatus.Accepted)
            {
                Assert.Empty(assessments);
                Assert.Null(mentee.TargetGroup);
                continue;
            }

            Assert.InRange(assessments.Count, 1, 3);
            Assert.NotNull(mentee.TargetGroup);
            Assert.True(ProgrammeOf(mentee).TargetGroups.HasFlag(mentee.TargetGroup!.Value.AsSet()));
            Assert.Equal(assessments[^1].Id, mentee.TargetGroupEvidenceId);
            Assert.All(assessments, a =>
            {
                Assert.Equal(Indicators.All, a.Ratings.Select(r => r.Indicator));
                Assert.All(a.Ratings, r => Assert.InRange(r.Score, 1, 5));
            });
            for (var i = 1; i < assessments.Count; i++)
            {
                Assert.InRange((assessments[i].TakenAt - assessments[i - 1].TakenAt).TotalDays, 59, 92);
                Assert.True(assessments[i].Ratings.Sum(r => r.Score) > assessments[i - 1].Ratings.Sum(r => r.Score));
                Assert.All(Indicators.All, ind => Assert.True(assessments[i].ScoreOf(ind) >= assessments[i - 1].ScoreOf(ind)));
            }
        }

        Assert.Contains(Data.Assessments, a => a.Ratings.Any(r => r.IsSensitive && r.Note is not null));
    }

    [Fact]
    public void The_personas_are_there()
    {
        var samira = Persona(DemoNetwork.SamiraEmail);
        Assert.Equal(TargetGroup.LightSupport, samira.TargetGroup);
        Assert.Equal(ProgrammeTemplate.Smile, ProgrammeOf(samira).Template);

        var fatima = Persona(DemoNetwork.FatimaEmail);
        Assert.Equal(TargetGroup.Retraining, fatima.TargetGroup);
        Assert.Equal("AF", fatima.Profile.CountryOfOrigin);
        Assert.Equal("FI", Data.Organisations.Single(o => o.Id == fatima.OrganisationId).CountryCode);
        Assert.Contains("2017", fatima.Profile.About, StringComparison.Ordinal);

        var tatiana = Persona(DemoNetwork.TatianaEmail);
        Assert.Equal(TargetGroup.IntensiveSupport, tatiana.TargetGroup);
        Assert.Equal("UA", tatiana.Profile.CountryOfOrigin);
        Assert.Equal(ProgrammeTemplate.SocialMentorSupportUkrainianRefugees, ProgrammeOf(tatiana).Template);
        Assert.Equal(ParticipantStatus.Matched, tatiana.Status);

        foreach (var persona in new[] { samira, fatima, tatiana })
        {
            var screenings = Data.Assessments.Where(a => a.ParticipantId == persona.Id).OrderBy(a => a.TakenAt).ToList();
            Assert.True(screenings.Count >= 2);
            Assert.True(screenings[^1].Ratings.Sum(r => r.Score) > screenings[0].Ratings.Sum(r => r.Score));
            Assert.Contains(Data.Users, u => u.ParticipantId == persona.Id && u.Role == Roles.Mentee && u.Email == persona.Profile.Email);
        }

        Assert.Contains(Data.Assessments.Where(a => a.ParticipantId == tatiana.Id).SelectMany(a => a.Ratings),
            r => r.Indicator == Indicator.HealthAndWellbeing && r.Note is not null);
        Assert.Equal("uk", Data.Users.Single(u => u.Email == DemoNetwork.TatianaEmail).Culture);

        var mentorUser = Data.Users.Single(u => u.Email == DemoNetwork.MentorEmail);
        Assert.Equal(Roles.Mentor, mentorUser.Role);
        Assert.Contains(Data.Relationships, r => r.MentorId == mentorUser.ParticipantId && r.MenteeId == tatiana.Id && r.Status == RelationshipStatus.Active);
    }

    [Fact]
    public void Has_the_staff_accounts()
    {
        var coordinator = Data.Users.Single(u => u.Role == Roles.NetworkCoordinator);
        Assert.Equal("coordinator@ponte.example", coordinator.Email);
        Assert.Null(coordinator.OrganisationId);
        foreach (var (key, country, culture) in new[] { ("pt", "PT", "pt"), ("fi", "FI", "en"), ("lv", "LV", "en") })
        {
            var organisation = Data.Organisations.Single(o => o.CountryCode == country);
            var manager = Data.Users.Single(u => u.Email == $"manager.{key}@ponte.example");
            var trainer = Data.Users.Single(u => u.Email == $"trainer.{key}@ponte.example");
            Assert.Equal((Roles.OrganisationManager, organisation.Id, culture), (manager.Role, manager.OrganisationId, manager.Culture));
            Assert.Equal((Roles.Trainer, organisation.Id, culture), (trainer.Role, trainer.OrganisationId, trainer.Culture));
        }

        string[] roles = [Roles.NetworkCoordinator, Roles.OrganisationManager, Roles.Trainer, Roles.Mentor, Roles.Mentee];
        Assert.All(Data.Users, u => Assert.Contains(u.Role, roles));
        Assert.All(Data.Users.Where(u => u.ParticipantId is not null), u =>
            Assert.Equal(u.OrganisationId, Data.Participants.Single(p => p.Id == u.ParticipantId).OrganisationId));
    }

    [Fact]
    public void Emails_are_unique()
    {
        Assert.Equal(Data.Users.Count, Data.Users.Select(u => u.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var applicantEmails = Data.Applications.Select(a => a.Profile.Email).ToList();
        Assert.Equal(applicantEmails.Count, applicantEmails.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(applicantEmails, e => Assert.True(Profile.IsEmail(e), e));
    }

    [Fact]
    public void Profiles_are_realistic()
    {
        Assert.All(Mentees, m => Assert.Equal(Gender.Woman, m.Profile.Gender));
        Assert.Contains(Mentees, m => m.Profile.WomanMentorOnly);
        Assert.Contains(Mentors, m => m.Profile.Gender == Gender.Man);
        Assert.True(Mentors.Count(m => m.Profile.Gender == Gender.Woman) > Mentors.Count() * 3 / 4);
        Assert.All(Data.Applications, a =>
        {
            Assert.Equal(Programme.CurrentPrivacyNoticeVersion, a.PrivacyNoticeVersion);
            Assert.NotEmpty(a.Profile.Languages);
            Assert.True(a.Profile.Availability.Count > 0);
        });
        Assert.All(Mentees, m =>
            Assert.Contains(m.Profile.Languages, l => l.Level == LanguageLevel.Native));
        var lisbon = Data.Organisations.Single(o => o.CountryCode == "PT").Id;
        Assert.All(Data.Participants.Where(p => p.OrganisationId == lisbon), p => Assert.Matches(@"^\d{4}-\d{3}$", p.Profile.Postcode));
        Assert.True(Enum.GetValues<ReferralSource>().Count(s => Data.Applications.Any(a => a.ReferralSource == s)) >= 7);
    }

    [Fact]
    public void Timelines_are_in_order_and_in_the_past() => AssertTimelines(Data, Now);

    [Theory]
    [InlineData("2026-03-01T00:05:00+00:00")]
    [InlineData("2026-06-30T23:59:00+14:00")]
    [InlineData("2027-01-15T12:00:00-11:00")]
    [InlineData("2025-12-31T23:30:00+02:00")]
    public void Any_now_gives_a_consistent_network(string now)
    {
        var at = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture);
        var data = DemoNetwork.Build(at);
        AssertTimelines(data, at);
        Assert.Equal(32, data.Relationships.Count);
        Assert.Equal(191, data.Participants.Count);
    }

    [Fact]
    public void Build_is_deterministic()
    {
        var again = DemoNetwork.Build(Now);
        Assert.Equal(Fingerprint(Data), Fingerprint(again));
        Assert.NotEqual(Fingerprint(Data), Fingerprint(DemoNetwork.Build(Now.AddDays(1))));
    }

    [Fact]
    public void Build_is_fast()
    {
        DemoNetwork.Build(Now);
        var watch = Stopwatch.StartNew();
        DemoNetwork.Build(Now.AddHours(3));
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Build took {watch.Elapsed}.");
    }

    private static void AssertTimelines(DemoNetworkData data, DateTimeOffset now)
    {
        static void InOrder(IReadOnlyList<StatusChange> timeline, DateTimeOffset now, string who)
        {
            for (var i = 0; i < timeline.Count; i++)
            {
                Assert.True(timeline[i].At <= now, $"{who}: {timeline[i].Event} at {timeline[i].At:O} is after {now:O}");
                if (i > 0)
                    Assert.True(timeline[i - 1].At <= timeline[i].At, $"{who}: {timeline[i].Event} comes before {timeline[i - 1].Event}");
            }
        }

        foreach (var application in data.Applications)
        {
            InOrder(application.History, now, application.Profile.FullName);
            Assert.True(application.ConsentGivenAt <= now);
        }

        foreach (var participant in data.Participants)
            InOrder(participant.Timeline, now, participant.Profile.FullName);
        Assert.All(data.Assessments, a => Assert.True(a.TakenAt <= now));
        Assert.All(data.Relationships, r => Assert.True(r.StartedAt <= now));
        Assert.All(data.TrainingSessions.Where(s => s.Attendance.Count > 0), s => Assert.True(s.StartsAt.AddHours((double)s.Hours) <= now));
        Assert.All(data.Participants.Where(p => p.CriminalRecordCertificateSeenOn is not null), p =>
            Assert.True(p.CriminalRecordCertificateSeenOn <= DateOnly.FromDateTime(now.UtcDateTime)));
        Assert.All(data.Participants, p => Assert.True(p.CreatedAt <= now && p.CreatedAt > now.AddMonths(-9)));
    }

    private static List<string> Fingerprint(DemoNetworkData data) =>
    [
        .. data.Organisations.Select(o => $"{o.Name}|{o.CountryCode}|{o.City}"),
        .. data.Programmes.Select(p => $"{p.Name}|{p.Template}|{p.RequiredTheoryHours}|{p.RequiredPracticeHours}"),
        .. data.Applications.Select(a => $"{a.Profile.FullName}|{a.Profile.Email}|{a.Status}|{string.Join(",", a.History.Select(h => $"{h.Event}@{h.At:O}"))}"),
        .. data.Participants.Select(p => $"{p.Profile.FullName}|{p.Profile.Email}|{p.Status}|{p.TargetGroup}|{p.Characteristics}|{string.Join(",", p.Timeline.Select(h => $"{h.Event}@{h.At:O}"))}"),
        .. data.Assessments.Select(a => $"{a.TakenAt:O}|{string.Join(",", a.Ratings.Select(r => $"{r.Score}:{r.Note}"))}"),
        .. data.TrainingSessions.Select(s => $"{s.Title}|{s.StartsAt:O}|{s.Hours}|{s.Attendance.Count(a => a.Attended)}"),
        .. data.Relationships.Select(r => $"{r.StartedAt:O}"),
        .. data.Users.Select(u => $"{u.Email}|{u.DisplayName}|{u.Role}|{u.Culture}"),
    ];
}
