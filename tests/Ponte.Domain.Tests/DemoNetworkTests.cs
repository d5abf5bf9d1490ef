using System.Diagnostics;
using System.Globalization;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Demo;
using Ponte.Domain.Events;
using Ponte.Domain.Matching;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Domain.Safeguarding;
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

    private static MentoringProcess ProcessOf(Participant p) => Data.Processes.Single(x => x.HasParticipant(p.Id));

    private static Participant Person(Guid id) => Data.Participants.Single(p => p.Id == id);

    private static readonly GoalArea[] BlueprintAreas =
        [GoalArea.LabourMarketOrientation, GoalArea.HealthAndHabits, GoalArea.ParentingAndFamily, GoalArea.RightsAndObligations, GoalArea.CityOrientation];

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
        // 32 matches approved on the boards; three of their processes closed since and one was renewed with the same mentor.
        Assert.Equal(32, Data.MatchingRuns.Sum(r => r.Proposals.Count));
        Assert.Equal(33, Data.Relationships.Count);
        Assert.Equal(30, Data.Relationships.Count(r => r.Status == RelationshipStatus.Active));
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
        Assert.Equal(ParticipantStatus.Matched, samira.Status);
        Assert.Equal(ProcessStatus.Active, ProcessOf(samira).Status);
        AssertSamirasPlan(Data.SupportPlans.Single(p => p.MenteeId == samira.Id));

        var fatima = Persona(DemoNetwork.FatimaEmail);
        Assert.Equal(TargetGroup.Retraining, fatima.TargetGroup);
        Assert.Equal(ParticipantStatus.Matched, fatima.Status);
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
        var tatianasProcess = ProcessOf(tatiana);
        Assert.Equal(ProcessStatus.Active, tatianasProcess.Status);
        Assert.Equal(mentorUser.ParticipantId, tatianasProcess.MentorId);

        // The demo accounts are the ids their places in the processes were stamped with.
        foreach (var persona in new[] { samira, fatima, tatiana })
            Assert.Equal(Data.Users.Single(u => u.ParticipantId == persona.Id).Id, ProcessOf(persona).Members.Single(m => m.ParticipantId == persona.Id).UserId);
        Assert.Equal(mentorUser.Id, tatianasProcess.Members.Single(m => m.Role == ProcessRole.Mentor).UserId);
    }

    private static void AssertSamirasPlan(SupportPlan plan)
    {
        Assert.True(plan.Goals.Select(g => g.Area).Where(BlueprintAreas.Contains).Distinct().Count() >= 3);
        Assert.Contains(plan.Goals, g => g.Status == GoalStatus.Achieved);
        Assert.Contains(plan.Goals, g => g.Status == GoalStatus.InProgress);
        Assert.All(plan.Goals, g => Assert.NotEmpty(g.Actions));
        Assert.Contains(plan.Goals.SelectMany(g => g.Actions), a => a.Done);

        Assert.Equal(2, plan.JobApplications.Count);
        var bakery = plan.JobApplications.Single(a => a.Employer.Contains("Leipomo", StringComparison.Ordinal));
        Assert.Equal(
            [(EmploymentStep.Application, StepOutcome.Passed), (EmploymentStep.CvScreening, StepOutcome.Passed),
                (EmploymentStep.Interview, StepOutcome.Passed), (EmploymentStep.DecisionAndOffer, StepOutcome.Offer)],
            bakery.Steps.Select(s => (s.Step, s.Outcome)));
        var hotel = plan.JobApplications.Single(a => a.Employer.Contains("Hotel", StringComparison.Ordinal));
        Assert.Equal([(EmploymentStep.Application, StepOutcome.Passed), (EmploymentStep.CvScreening, StepOutcome.NotPassed)], hotel.Steps.Select(s => (s.Step, s.Outcome)));
        var course = Assert.Single(plan.StudyApplications);
        Assert.Contains("Finnish", course.Course, StringComparison.Ordinal);
        Assert.Equal([(StudyStep.Application, StudyOutcome.Passed), (StudyStep.Eligibility, StudyOutcome.Passed)], course.Steps.Select(s => (s.Step, s.Outcome)));
        Assert.All(plan.JobApplications.SelectMany(a => a.Steps.Select(s => (a.AppliedOn, s.On))), x => Assert.True(x.On >= x.AppliedOn));
        Assert.Single(plan.JobOffers);
        Assert.Single(plan.JobInterviews);
        Assert.NotNull(plan.NextReviewOn);
    }

    [Fact]
    public void Every_match_was_approved_on_a_run_and_started_a_process()
    {
        var proposals = Data.MatchingRuns.SelectMany(r => r.Proposals.Select(p => (Run: r, Proposal: p))).ToList();
        // A renewal starts a relationship of its own, with no proposal: the same pair again.
        var renewed = Data.Processes.Where(p => p.RenewedFromId is not null).ToList();
        var matched = Data.Relationships.Where(r => !renewed.Any(p => p.StartedAt == r.StartedAt && p.MentorId == r.MentorId && p.MenteeIds.Contains(r.MenteeId))).ToList();
        Assert.Equal(Data.Relationships.Count - 1, matched.Count);
        Assert.All(matched, relationship =>
        {
            var (run, proposal) = Assert.Single(proposals, x => x.Proposal.RelationshipId == relationship.Id);
            Assert.Equal(ProposalStatus.Approved, proposal.Status);
            Assert.Equal((relationship.MentorId, relationship.MenteeId), (proposal.MentorId, proposal.MenteeId));
            Assert.Equal(relationship.ProgrammeId, run.ProgrammeId);
            Assert.True(run.RanAt <= relationship.StartedAt && proposal.DecidedAt == relationship.StartedAt);
            Assert.StartsWith("[{", proposal.Explanation, StringComparison.Ordinal);
            Assert.True(proposal.ScoreCents > 0);

            // The pair is in exactly one process, by its approved match.
            var process = Assert.Single(Data.Processes, p => p.HasParticipant(relationship.MenteeId) && p.RenewedFromId is null);
            Assert.Equal(relationship.MentorId, process.MentorId);
            Assert.Equal(proposal.Id, process.Members.Single(m => m.ParticipantId == relationship.MenteeId).MatchProposalId);
        });
        Assert.Equal(proposals.Count, matched.Count);
        Assert.All(Data.MatchingRuns, r => Assert.NotEmpty(r.Proposals));
        Assert.Equal(Data.MatchingRuns.Count, Data.MatchingRuns.Select(r => (r.ProgrammeId, r.RanAt)).Distinct().Count());

        // One process per one-to-one match; one group per mentor in Auroras, as large as her group.
        var auroras = Data.Programmes.Single(p => p.Template == ProgrammeTemplate.AurorasMentoring);
        var groups = Data.Processes.Where(p => p.ProgrammeId == auroras.Id).ToList();
        Assert.Equal([5, 4], groups.Select(g => g.MenteeIds.Count).OrderDescending());
        Assert.Equal(groups.Count, groups.Select(g => g.MentorId).Distinct().Count());
        Assert.All(Data.Processes.Where(p => p.ProgrammeId != auroras.Id), p => Assert.Single(p.MenteeIds));
        Assert.Equal(Data.Relationships.Count, Data.Processes.Sum(p => p.MenteeIds.Count));
    }

    [Fact]
    public void Every_process_state_shows_and_its_participants_are_matched()
    {
        foreach (var status in Enum.GetValues<ProcessStatus>())
            Assert.Contains(Data.Processes, p => p.Status == status);
        Assert.True(Data.Processes.Count(p => p.Status == ProcessStatus.Active) > Data.Processes.Count / 2);
        var participants = Data.Participants.ToDictionary(p => p.Id);
        Assert.All(Data.Processes, process =>
        {
            if (!process.IsClosed)
                Assert.All(process.ParticipantIds, id => Assert.Equal(ParticipantStatus.Matched, participants[id].Status));
            Assert.All(process.Members, m => Assert.Equal(participants[m.ParticipantId].UserId, m.UserId));
            Assert.All(process.Members, m => Assert.NotNull(m.UserId));
            Assert.Equal(process.RenewedFromId is null ? ProcessEvents.Started : ClosingEvents.RenewedFrom, process.Timeline[0].Event);

            // Every line is on the mentor's timeline, and on each mentee's from the moment the group was complete.
            static bool Has(Participant p, StatusChange line) =>
                p.Timeline.Any(t => t.Event == line.Event && t.At == line.At && t.Detail == line.Detail);
            var formed = process.Timeline.Last(t => t.Event is ProcessEvents.Started or ProcessEvents.MenteeJoined or ClosingEvents.RenewedFrom).At;
            Assert.All(process.Timeline, line => Assert.True(Has(participants[process.MentorId], line), line.Event));
            Assert.All(process.Timeline.Where(t => t.At >= formed), line =>
                Assert.All(process.MenteeIds, id => Assert.True(Has(participants[id], line), line.Event)));
        });
        var paused = Data.Processes.Where(p => p.Status == ProcessStatus.Paused).ToList();
        Assert.Equal(2, paused.Count);
        Assert.Contains(paused, p => (p.PauseReason, p.PausedFrom, p.ContactsHidden) == (PauseReason.Illness, ProcessStatus.Active, false));
        // Paused for a concern: the usual pause (reason other, no note), its contacts hidden.
        Assert.Contains(paused, p => (p.PauseReason, p.PauseNote, p.ContactsHidden) == (PauseReason.Other, null, true));
    }

    [Fact]
    public void Agreements_and_their_acceptances_fit_the_states()
    {
        foreach (var process in Data.Processes)
        {
            var everyone = process.Members.Count + 1;
            switch (process.Status)
            {
                case ProcessStatus.Matched:
                    Assert.Null(process.Agreement);
                    break;
                case ProcessStatus.Agreed:
                    Assert.NotNull(process.Agreement);
                    Assert.NotEmpty(process.AwaitingAcceptance);
                    Assert.Equal(everyone, process.AwaitingAcceptance.Count + process.Agreement.CurrentAcceptances.Count);
                    break;
                default:
                    Assert.NotNull(process.Agreement);
                    Assert.Empty(process.AwaitingAcceptance);
                    Assert.Equal(everyone, process.Agreement.CurrentAcceptances.Count);
                    Assert.Contains(process.Timeline, t => t.Event == ProcessEvents.Activated);
                    break;
            }

            if (process.Agreement is not { } agreement)
                continue;
            Assert.All(agreement.Acceptances, a => Assert.Equal(a.Version < agreement.Version, a.IsSuperseded));
            Assert.Contains(Data.AgreementTemplates, t => t.Id == agreement.TemplateId && t.ProgrammeId == process.ProgrammeId && t.Language == agreement.Terms.Language);
            Assert.False(string.IsNullOrWhiteSpace(agreement.Terms.PairGoals));
        }

        var agreed = Data.Processes.Where(p => p.Status == ProcessStatus.Agreed).ToList();
        Assert.Contains(agreed, p => p.AwaitingAcceptance.Any(a => a.Role == AgreementRole.Mentee));
        Assert.Contains(agreed, p => p.AwaitingAcceptance.Any(a => a.Role == AgreementRole.Organisation));
        var changed = Assert.Single(Data.Processes, p => p.Agreement?.Version == 2);
        Assert.Contains(changed.Agreement!.Acceptances, a => a.IsSuperseded && a.Role == AgreementRole.Mentor);
        Assert.Contains(changed.Timeline, t => t.Event == ProcessEvents.AgreementChanged);

        // Contacts are shared in active processes, mostly by email or both.
        var sharing = Data.Processes.Where(p => p.Status == ProcessStatus.Active).SelectMany(p => p.Members).Select(m => m.ContactSharing).ToList();
        Assert.True(sharing.Count(s => s is ContactSharing.Email or ContactSharing.Both) > sharing.Count * 2 / 3);
    }

    [Fact]
    public void Every_programme_has_its_agreement_in_the_staff_language_and_in_English()
    {
        var expected = new Dictionary<string, string> { ["PT"] = "pt", ["FI"] = "fi", ["LV"] = "lv" };
        foreach (var programme in Data.Programmes)
        {
            var country = Data.Organisations.Single(o => o.Id == programme.OrganisationId).CountryCode;
            var templates = Data.AgreementTemplates.Where(t => t.ProgrammeId == programme.Id).ToList();
            Assert.Equal([expected[country], "en"], templates.Select(t => t.Language).Order(StringComparer.Ordinal).Reverse());
            Assert.All(templates, t =>
            {
                string[] sections = [t.Sections.Goals, t.Sections.MeetingRhythm, t.Sections.Duration, t.Sections.Roles, t.Sections.Confidentiality, t.Sections.EndingEarly];
                Assert.All(sections, text => Assert.InRange(text.Split(". ").Length, 2, 4));
                Assert.Equal(programme.OrganisationId, t.OrganisationId);
            });
            Assert.NotEqual(templates[0].Sections, templates[1].Sections);
        }
    }

    [Fact]
    public void Active_processes_have_plans_and_meetings()
    {
        var samira = Persona(DemoNetwork.SamiraEmail);
        foreach (var process in Data.Processes)
        {
            var meetings = Data.Meetings.Where(m => m.ProcessId == process.Id).ToList();
            var logged = meetings.Where(m => m.Status == MeetingStatus.Logged).ToList();
            var plans = Data.SupportPlans.Where(p => p.ProcessId == process.Id).ToList();
            if (process.Status is ProcessStatus.Matched or ProcessStatus.Agreed)
            {
                Assert.Empty(meetings);
                Assert.Empty(plans);
                continue;
            }

            Assert.Equal(process.MenteeIds.Order(), plans.Select(p => p.MenteeId).Order());
            Assert.All(plans.Where(p => p.MenteeId != samira.Id), p => Assert.InRange(p.Goals.Count, 1, 3));
            Assert.InRange(logged.Count, 1, 4);
            Assert.All(logged, m =>
            {
                Assert.True(m.HeldAt <= Now && m.LoggedAt <= Now && m.HeldAt <= m.LoggedAt);
                Assert.NotEqual(MeetingTopic.None, m.Topics);
                Assert.False(string.IsNullOrWhiteSpace(m.SharedNotes));
                Assert.False(string.IsNullOrWhiteSpace(m.NextSteps));
                Assert.Equal(process.MenteeIds.Order(), m.Attendance.Select(a => a.ParticipantId).Order());
                Assert.Contains(m.LoggedByParticipantId!.Value, process.ParticipantIds);
            });
            if (process.MenteeIds.Count > 1)
                Assert.All(logged, m => Assert.All(m.Attendance, a => Assert.NotNull(a.Attended)));
            Assert.All(meetings.Where(m => m.Status == MeetingStatus.Scheduled), m =>
            {
                Assert.Equal(ProcessStatus.Active, process.Status);
                Assert.InRange(m.StartsAt, Now, Now.AddDays(14));
            });
        }

        Assert.Contains(Data.Meetings, m => m.Status == MeetingStatus.Logged && m.PrivateNote is not null);
        Assert.Contains(Data.Meetings, m => m.Status == MeetingStatus.Logged && m.WasScheduled);
        Assert.Contains(Data.Meetings, m => m.Status == MeetingStatus.Logged && !m.WasScheduled);
        Assert.Contains(Data.Meetings, m => m is { Status: MeetingStatus.Logged, GoalIds.Count: > 0 });
        Assert.Single(Data.Meetings, m => m.Status == MeetingStatus.Cancelled && m.CancelReason is not null);
        Assert.Contains(Data.Meetings, m => m.Attendance.Any(a => a.Attended == false));
        Assert.Contains(Data.SupportPlans, p => p.MenteeId != samira.Id && p.StudyApplications.Count > 0);
        var scheduled = Data.Meetings.Where(m => m.Status == MeetingStatus.Scheduled).ToList();
        Assert.True(scheduled.Count >= 3);
        var mentor = Data.Participants.Single(p => p.Profile.Email == DemoNetwork.MentorEmail);
        Assert.Contains(scheduled, m => m.ProcessId == ProcessOf(mentor).Id);
    }

    [Fact]
    public void Check_ins_are_answered_reminded_silent_and_waiting()
    {
        AssertCheckInsAsTheJobAsksThem(Data, Now);
        var answered = Data.CheckIns.Where(c => c.State == CheckInState.Answered).ToList();
        Assert.True(answered.Count > Data.CheckIns.Count * 3 / 4);
        Assert.Contains(answered, c => c is { Kind: CheckInKind.Periodic, Score: >= 4, MeetingsHappened: true, ForOrganisation: not null });
        Assert.Contains(answered, c => c.Fit == FitAnswer.GoodFit);
        Assert.Contains(answered, c => c.Fit == FitAnswer.StillDeciding);
        Assert.Contains(answered, c => c.AnsweredAt > c.RemindedAt);
        Assert.All(answered.Where(c => c.Kind == CheckInKind.Periodic), c => Assert.NotNull(c.Score));

        // One "not a good fit", from a mentee, with her words for the organisation in her language.
        var notAFit = Assert.Single(answered, c => c.IsNotAGoodFit);
        Assert.NotEqual(Data.Processes.Single(p => p.Id == notAFit.ProcessId).MentorId, notAFit.ParticipantId);
        Assert.Matches("[А-Яа-яІіЇїЄє]", notAFit.ForOrganisation);

        // A low score whose mentee wrote why; a pair that went silent (reminded, then silent, on both sides).
        var low = Assert.Single(answered.Where(c => c.IsLow).GroupBy(c => c.ProcessId)).ToList();
        Assert.All(low, c => Assert.Equal((2, false), (c.Score, c.MeetingsHappened)));
        var silent = Data.CheckIns.Where(c => c.State == CheckInState.Silent).ToList();
        Assert.NotEmpty(silent);
        Assert.All(silent, c => Assert.True(c.RemindedAt is not null && c.SilentAt is not null && c.AnsweredAt is null));
        var quiet = Data.Processes.Single(p => p.Id == Assert.Single(silent.Select(c => c.ProcessId).Distinct()));
        Assert.Equal(quiet.ParticipantIds.Order(), silent.Select(c => c.ParticipantId).Distinct().Order());

        // Tatiana's first monthly check-in waits for her answer; her mentor (the demo mentor account) answered hers.
        var tatiana = Persona(DemoNetwork.TatianaEmail);
        var waiting = Assert.Single(Data.CheckIns, c => c.ParticipantId == tatiana.Id && c.State == CheckInState.Sent);
        Assert.Equal((CheckInKind.Periodic, 1), (waiting.Kind, waiting.Round));
        Assert.Null(waiting.RemindedAt);
        var mentor = Persona(DemoNetwork.MentorEmail);
        Assert.Contains(Data.CheckIns, c => c.ParticipantId == mentor.Id && c.Kind == CheckInKind.Periodic && c.State == CheckInState.Answered);
        Assert.Contains(Data.CheckIns, c => c.ParticipantId == mentor.Id && c.Kind == CheckInKind.FitCheck && c.State == CheckInState.Answered);
    }

    [Fact]
    public void The_needs_attention_list_has_several_reasons()
    {
        var reasons = Data.Processes.Where(p => !p.IsClosed).ToDictionary(p => p.Id, p => NeedsAttention.Reasons(FactsOf(p), NeedsAttention.DefaultNoMeetingDays, Now));
        IEnumerable<AttentionReason> In(string country)
        {
            var organisation = Data.Organisations.Single(o => o.CountryCode == country).Id;
            return Data.Processes.Where(p => p.OrganisationId == organisation && !p.IsClosed).SelectMany(p => reasons[p.Id]).Select(r => r.Reason).Distinct();
        }

        Assert.Superset(new HashSet<AttentionReason> { AttentionReason.NoMeetingLogged, AttentionReason.CheckInsUnanswered, AttentionReason.LowCheckInScore,
            AttentionReason.OpenConcern, AttentionReason.PlanReviewPassed }, In("PT").ToHashSet());
        Assert.Superset(new HashSet<AttentionReason> { AttentionReason.NotAGoodFit, AttentionReason.OpenConcern }, In("LV").ToHashSet());
        Assert.True(reasons.Count(r => r.Value.Count > 0) >= 6);
    }

    [Fact]
    public void Concerns_are_open_in_progress_and_resolved_in_the_raisers_language()
    {
        Assert.Equal([ConcernStatus.Open, ConcernStatus.InProgress, ConcernStatus.Resolved], Data.Concerns.Select(c => c.Status).Order());
        Assert.All(Data.Concerns, c =>
        {
            var raiser = Person(c.RaisedByParticipantId);
            var process = Data.Processes.Single(p => p.Id == c.ProcessId);
            Assert.True(process.HasParticipant(raiser.Id));
            Assert.Equal((raiser.UserId, raiser.OrganisationId, raiser.Role), (c.RaisedByUserId, c.OrganisationId, c.RaisedByRole));
            Assert.True(c.WantsContact);
            Assert.Equal(ConcernLogKind.Raised, c.Log[0].Kind);
        });

        var open = Data.Concerns.Single(c => c.Status == ConcernStatus.Open);
        Assert.Single(open.Log);
        Assert.Equal("PT", Data.Organisations.Single(o => o.Id == open.OrganisationId).CountryCode);
        Assert.Equal("pt", Person(open.RaisedByParticipantId).Profile.PreferredLanguage);
        Assert.Contains("autorização de residência", open.Text, StringComparison.Ordinal);

        var inProgress = Data.Concerns.Single(c => c.Status == ConcernStatus.InProgress);
        Assert.Equal(ConcernTopic.Relationship, inProgress.Topic);
        Assert.Equal("uk", Person(inProgress.RaisedByParticipantId).Profile.PreferredLanguage);
        Assert.Matches("[А-Яа-яІіЇїЄє]", inProgress.Text);
        Assert.Contains(inProgress.Log, l => l.Kind == ConcernLogKind.ProcessPaused);
        var paused = Data.Processes.Single(p => p.Id == inProgress.ProcessId);
        Assert.Equal((ProcessStatus.Paused, true), (paused.Status, paused.ContactsHidden));
        Assert.Equal(Gender.Man, Person(paused.MentorId).Profile.Gender);

        var resolved = Data.Concerns.Single(c => c.Status == ConcernStatus.Resolved);
        Assert.Equal(ParticipantRole.Mentor, resolved.RaisedByRole);
        Assert.InRange(resolved.Log.Count(l => l.Kind == ConcernLogKind.Action), 2, 3);
        Assert.Equal(ConcernLogKind.Resolved, resolved.Log[^1].Kind);
        Assert.NotNull(resolved.ResolvedAt);
        Assert.All(resolved.Log.Skip(1), l => Assert.Equal(Data.Users.Single(u => u.Email == "manager.fi@ponte.example").Id, l.ByUserId));
    }

    [Fact]
    public void Processes_closed_both_ways_have_their_three_forms_and_the_situation_on_leaving()
    {
        var closed = Data.Processes.Where(p => p.IsClosed).ToList();
        Assert.Equal(3, closed.Count);
        Assert.Equal(2, closed.Count(p => p.Closure!.Outcome == ClosingOutcome.Completed));
        var early = Assert.Single(closed, p => p.Closure!.Outcome == ClosingOutcome.EndedEarly);
        Assert.Equal(EndReason.MovedAway, early.Closure!.Reason);
        var request = Assert.Single(early.CloseRequests);
        Assert.Equal((CloseRequestState.Granted, ProcessRole.Mentee, EndReason.MovedAway), (request.State, request.Role, request.Reason));
        Assert.Equal("ar", Person(request.ParticipantId).Profile.PreferredLanguage);
        Assert.Matches("[\u0600-\u06FF]", request.Text);

        foreach (var process in closed)
        {
            Assert.NotNull(process.Closure!.Note);
            var forms = Data.IndividualEvaluations.Where(f => f.ProcessId == process.Id).ToList();
            Assert.Equal(new[] { ProcessRole.Mentor, ProcessRole.Mentee }.Order(), forms.Select(f => f.Role).Order());
            Assert.All(forms, f =>
            {
                Assert.True(process.HasParticipant(f.ParticipantId));
                Assert.InRange(f.Satisfaction, 1, 5);
                Assert.False(string.IsNullOrWhiteSpace(f.Experience));
                Assert.False(string.IsNullOrWhiteSpace(f.WhatChanged));
                Assert.True(f.SubmittedAt > process.Closure.ClosedAt);
            });
            // The mentee's own form is in her language.
            var mentee = Person(process.MenteeIds.Single());
            var hers = forms.Single(f => f.Role == ProcessRole.Mentee).Experience;
            if (mentee.Profile.PreferredLanguage == "ar")
                Assert.Matches("[\u0600-\u06FF]", hers);
            else if (mentee.Profile.PreferredLanguage == "uk")
                Assert.Matches("[А-Яа-яІіЇїЄє]", hers);

            var joint = Assert.Single(Data.JointEvaluations, j => j.ProcessId == process.Id);
            var plan = Data.SupportPlans.Single(p => p.ProcessId == process.Id && p.MenteeId == mentee.Id);
            Assert.Equal(plan.Goals.Select(g => g.Id), joint.Ratings.Select(r => r.GoalId));
            Assert.All(joint.Ratings, r => Assert.False(string.IsNullOrWhiteSpace(r.Evidence)));
            Assert.Contains(joint.Ratings, r => r.Achievement == GoalAchievement.Achieved);
            Assert.Contains(joint.Ratings, r => r.Achievement == GoalAchievement.Partly);
            Assert.NotNull(joint.Summary);

            var leaving = Assert.Single(process.LeavingSituations);
            Assert.Equal(mentee.Id, leaving.MenteeId);
            Assert.NotEmpty(leaving.Trainings);

            // Closing moved them on: the relationship ended and the mentor's place is free again.
            Assert.Contains(Data.Relationships, r => r.MentorId == process.MentorId && r.MenteeId == mentee.Id && r.Status == RelationshipStatus.Closed);
        }

        Assert.Contains(closed, p => p.LeavingSituations[0].Situation == LabourMarketSituation.Employed);
        Assert.Contains(closed, p => p.LeavingSituations[0].QualificationGained);
        var freed = closed.Where(p => p.RenewedFromId is null && !Data.Processes.Any(n => n.RenewedFromId == p.Id)).ToList();
        Assert.Equal(2, freed.Count);
        Assert.All(freed, p =>
        {
            Assert.Equal(ParticipantStatus.ReadyToMatch, Person(p.MentorId).Status);
            Assert.Equal(ParticipantStatus.Completed, Person(p.MenteeIds.Single()).Status);
            Assert.DoesNotContain(Data.Relationships, r => r.MentorId == p.MentorId && r.Status == RelationshipStatus.Active);
        });
    }

    [Fact]
    public void A_renewal_carries_the_unmet_goal_to_a_new_process_with_the_same_mentor()
    {
        var renewal = Assert.Single(Data.Renewals);
        var from = Data.Processes.Single(p => p.Id == renewal.FromProcessId);
        var to = Data.Processes.Single(p => p.Id == renewal.ToProcessId);
        Assert.True(from.IsClosed);
        Assert.Equal(ClosingOutcome.Completed, from.Closure!.Outcome);
        Assert.Equal((RenewalMentor.SameMentor, from.Id, ProcessStatus.Active), (renewal.Mentor, to.RenewedFromId, to.Status));
        Assert.Equal((from.MentorId, from.MenteeIds.Single()), (to.MentorId, to.MenteeIds.Single()));
        Assert.Contains(from.Timeline, l => l.Event == ClosingEvents.Renewed && l.Detail == to.Id.ToString());

        var oldPlan = Data.SupportPlans.Single(p => p.ProcessId == from.Id);
        var newPlan = Data.SupportPlans.Single(p => p.ProcessId == to.Id);
        var carried = Assert.Single(renewal.Goals);
        var unmet = Assert.Single(oldPlan.Goals, g => g.Status != GoalStatus.Achieved);
        Assert.Equal(unmet.Id, carried.FromGoalId);
        Assert.Equal(unmet.What, Assert.Single(newPlan.Goals).What);
        Assert.Equal(GoalAchievement.Partly, Data.JointEvaluations.Single(j => j.ProcessId == from.Id).Ratings.Single(r => r.GoalId == unmet.Id).Achievement);

        // Both are matched again, by a relationship of their own, and have met in the new process.
        Assert.Equal(ParticipantStatus.Matched, Person(to.MentorId).Status);
        Assert.Equal(ParticipantStatus.Matched, Person(to.MenteeIds.Single()).Status);
        Assert.Single(Data.Relationships, r => r.MentorId == to.MentorId && r.MenteeId == to.MenteeIds.Single() && r.Status == RelationshipStatus.Active);
        Assert.Contains(Data.Meetings, m => m.ProcessId == to.Id && m.Status == MeetingStatus.Logged);
    }

    /// <summary>What the needs-attention list reads of a process (as the site's list computes it).</summary>
    private static AttentionFacts FactsOf(MentoringProcess p)
    {
        var answers = Data.CheckIns.Where(c => c.ProcessId == p.Id && c.State != CheckInState.Sent).ToList();
        DateTimeOffset? Standing(CheckInKind kind, Func<CheckIn, bool> worrying) =>
            answers.Where(c => c.Kind == kind && c.State == CheckInState.Answered).GroupBy(c => c.ParticipantId)
                .Select(g => g.OrderByDescending(c => c.AnsweredAt).First()).Where(worrying).Max(c => c.AnsweredAt);
        var last = Data.Meetings.Where(m => m.ProcessId == p.Id && m.Status == MeetingStatus.Logged).Max(m => m.HeldAt);
        var review = Data.SupportPlans.Where(s => s.ProcessId == p.Id && s.NextReviewOn != null).Min(s => s.NextReviewOn);
        return new AttentionFacts(
            p.Id,
            p.Status == ProcessStatus.Active ? ProcessMoments.QuietSince(p, last) : null,
            answers.Where(c => c.State == CheckInState.Silent).Max(c => c.SilentAt),
            Standing(CheckInKind.FitCheck, c => c.IsNotAGoodFit),
            Standing(CheckInKind.Periodic, c => c.IsLow),
            Data.Concerns.Where(c => c.ProcessId == p.Id && c.Status != ConcernStatus.Resolved).Min(c => (DateTimeOffset?)c.RaisedAt),
            review is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            p.Status == ProcessStatus.Active ? ProcessMoments.PlannedEnd(p) : null);
    }

    /// <summary>
    /// The check-ins are what the hourly job would have asked: each once, while the process was active,
    /// at its round's due hour; the latest round due is asked of everyone in every active process, and
    /// nothing is left for the job to remind or count as silence.
    /// </summary>
    private static void AssertCheckInsAsTheJobAsksThem(DemoNetworkData data, DateTimeOffset now)
    {
        Assert.Equal(data.CheckIns.Count, data.CheckIns.Select(c => (c.ProcessId, c.ParticipantId, c.Kind, c.Round)).Distinct().Count());
        Assert.All(data.CheckIns, c => Assert.False(c.ReminderDue(now) || c.SilenceDue(now), $"{c.Kind} {c.Round} at {c.SentAt:O}"));
        foreach (var process in data.Processes)
        {
            var mine = data.CheckIns.Where(c => c.ProcessId == process.Id).ToList();
            if (ProcessMoments.ActiveSince(process) is not { } since)
            {
                Assert.Empty(mine);
                continue;
            }

            var programme = data.Programmes.Single(p => p.Id == process.ProgrammeId);
            var stopped = process.Timeline.FirstOrDefault(l => l.Event is ProcessEvents.Paused or ClosingEvents.Closed)?.At;
            Assert.All(mine, c =>
            {
                Assert.Contains(c.ParticipantId, process.ParticipantIds);
                Assert.True(c.SentAt > since && (stopped is null || c.SentAt < stopped));
                if (c.Kind == CheckInKind.Periodic)
                    Assert.InRange(c.SentAt - CheckInSchedule.DueAt(since, programme.CheckInRhythm, c.Round), TimeSpan.Zero, TimeSpan.FromHours(1));
            });
            if (process.Status != ProcessStatus.Active)
                continue;
            // The job runs on the hour: a round that fell due in the last hour goes out at the next run.
            var round = CheckInSchedule.LatestRoundDue(since, programme.CheckInRhythm, now.AddHours(-1));
            if (round > 0)
                Assert.All(process.ParticipantIds, id => Assert.Contains(mine, c => c.ParticipantId == id && c.Kind == CheckInKind.Periodic && c.Round == round));
            if (data.Meetings.Any(m => m.ProcessId == process.Id && m.Status == MeetingStatus.Logged))
                Assert.All(process.ParticipantIds, id => Assert.Contains(mine, c => c.ParticipantId == id && c.Kind == CheckInKind.FitCheck));
        }
    }

    [Fact]
    public void Events_kick_off_each_programme_and_the_network_day_is_cross_border()
    {
        foreach (var programme in Data.Programmes)
        {
            var kickOff = Assert.Single(Data.ProgrammeEvents, e => e.ProgrammeId == programme.Id && e.Kind == EventKind.KickOff);
            Assert.True(kickOff.EndsAt <= Now);
            Assert.NotEmpty(kickOff.Invitations);
            Assert.Contains(kickOff.Invitations, i => i.Role == ParticipantRole.Mentor);
            Assert.Contains(kickOff.Invitations, i => i.Role == ParticipantRole.Mentee);
            Assert.True(kickOff.RegisteredCount > 0);
            Assert.Contains(kickOff.Invitations, i => i.Attended == true);
            Assert.All(kickOff.Invitations.Where(i => i.Attended is not null), i => Assert.Equal(InvitationStatus.Registered, i.Status));
        }

        var training = Assert.Single(Data.ProgrammeEvents, e => e.Kind == EventKind.MentorTraining);
        Assert.True(training.StartsAt > Now);
        Assert.NotNull(training.HoursKind);
        Assert.True(training.RegisteredCount > 0);
        Assert.All(training.Invitations, i => Assert.Equal(ParticipantRole.Mentor, i.Role));
        Assert.All(training.Invitations, i => Assert.Null(i.Attended));

        var networkDay = Assert.Single(Data.NetworkEvents);
        Assert.True(networkDay.IsCrossBorder);
        Assert.Equal(["FI", "LV", "PT"], networkDay.Countries);
        Assert.True(networkDay.EndsAt <= Now);
        var registrations = Data.NetworkEventRegistrations.Where(r => r.NetworkEventId == networkDay.Id).ToList();
        Assert.Equal(registrations.Count, Data.NetworkEventRegistrations.Count);
        Assert.Equal(Data.Organisations.Select(o => o.Id).Order(), registrations.Select(r => r.OrganisationId).Distinct().Order());
        Assert.All(registrations, r => Assert.NotNull(r.Attended));
        Assert.Contains(registrations, r => r.Attended == true);
        Assert.Equal(registrations.Count, registrations.Select(r => r.ParticipantId).Distinct().Count());
        var counts = NetworkEventCounts.Count(networkDay, registrations.Select(r => (r.OrganisationId, r.Attended, r.Role)),
            Data.Organisations.ToDictionary(o => o.Id, o => o.CountryCode));
        Assert.True(counts.IsCrossBorder);
        Assert.All(counts.Countries, c => Assert.True(c.Registered > 0));
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
        Assert.Equal(33, data.Relationships.Count);
        Assert.Equal(191, data.Participants.Count);
        Assert.Equal(26, data.Processes.Count);
        Assert.Equal(Data.CheckIns.GroupBy(c => (c.Kind, c.State)).Select(g => g.Key).Order(), data.CheckIns.GroupBy(c => (c.Kind, c.State)).Select(g => g.Key).Order());
        Assert.Equal(Data.Concerns.Select(c => c.Status).Order(), data.Concerns.Select(c => c.Status).Order());
        Assert.Equal((6, 3, 1), (data.IndividualEvaluations.Count, data.JointEvaluations.Count, data.Renewals.Count));
        AssertCheckInsAsTheJobAsksThem(data, at);
        Assert.Contains(data.CheckIns, c => c.ParticipantId == data.Participants.Single(p => p.Profile.Email == DemoNetwork.TatianaEmail).Id && c.State == CheckInState.Sent);
        Assert.Equal(Data.Processes.GroupBy(p => p.Status).Select(g => (g.Key, g.Count())).Order(), data.Processes.GroupBy(p => p.Status).Select(g => (g.Key, g.Count())).Order());
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

        // After the match: every record's history is in the past and reads forwards.
        Assert.All(data.MatchingRuns, r => Assert.True(r.RanAt <= now && r.Proposals.All(p => p.DecidedAt <= now)));
        foreach (var process in data.Processes)
            InOrder(process.Timeline, now, $"process {process.Id}");
        foreach (var plan in data.SupportPlans)
        {
            InOrder(plan.History, now, $"plan {plan.Id}");
            foreach (var goal in plan.Goals)
                InOrder(goal.History, now, $"goal {goal.What}");
        }

        foreach (var meeting in data.Meetings)
            InOrder(meeting.History, now, $"meeting {meeting.Id}");
        foreach (var programmeEvent in data.ProgrammeEvents)
            InOrder(programmeEvent.History, now, programmeEvent.Title);
        foreach (var networkEvent in data.NetworkEvents)
            InOrder(networkEvent.History, now, networkEvent.Title);
        foreach (var registration in data.NetworkEventRegistrations)
            InOrder(registration.History, now, $"registration {registration.Id}");
        Assert.All(data.Meetings.Where(m => m.Status == MeetingStatus.Scheduled), m => Assert.True(m.StartsAt > now && m.StartsAt <= now.AddDays(14)));

        // Follow-up and closing.
        foreach (var concern in data.Concerns)
        {
            var log = concern.Log;
            Assert.Equal(concern.RaisedAt, log[0].At);
            for (var i = 0; i < log.Count; i++)
                Assert.True(log[i].At <= now && (i == 0 || log[i - 1].At <= log[i].At), $"concern log {log[i].Kind}");
        }

        Assert.All(data.CheckIns, c =>
        {
            Assert.True(c.SentAt <= now);
            Assert.True(c.RemindedAt is null || (c.RemindedAt > c.SentAt && c.RemindedAt <= now));
            Assert.True(c.SilentAt is null || (c.SilentAt > c.RemindedAt && c.SilentAt <= now));
            Assert.True(c.AnsweredAt is null || (c.AnsweredAt > c.SentAt && c.AnsweredAt <= now));
        });
        Assert.All(data.IndividualEvaluations, f => Assert.True(f.SubmittedAt <= now));
        Assert.All(data.JointEvaluations, f => Assert.True(f.SubmittedAt <= now));
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
        .. data.MatchingRuns.Select(r => $"{r.RanAt:O}|{r.MenteesWaiting}|{r.MentorsAvailable}|{r.AlreadyMatched}|{r.TotalScoreCents}|{r.Proposals.Count}"),
        .. data.AgreementTemplates.Select(t => $"{t.Language}|{t.Sections.Goals}"),
        .. data.Processes.Select(p => $"{p.Status}|{p.Agreement?.Version}|{p.Agreement?.Terms.PairGoals}|{string.Join(",", p.Members.Select(m => m.ContactSharing))}|{string.Join(",", p.Timeline.Select(h => $"{h.Event}@{h.At:O}"))}"),
        .. data.SupportPlans.Select(p => $"{p.StartedAt:O}|{string.Join(",", p.Goals.Select(g => $"{g.What}:{g.Status}:{g.Actions.Count(a => a.Done)}"))}|{p.JobApplications.Count}|{p.StudyApplications.Count}"),
        .. data.Meetings.Select(m => $"{m.Status}|{m.StartsAt:O}|{m.Minutes}|{m.Place}|{m.SharedNotes}|{m.PrivateNote}|{string.Join(",", m.Attendance.Select(a => a.Attended))}"),
        .. data.ProgrammeEvents.Select(e => $"{e.Kind}|{e.Title}|{e.StartsAt:O}|{e.Invitations.Count}|{e.RegisteredCount}|{e.Invitations.Count(i => i.Attended == true)}"),
        .. data.NetworkEvents.Select(e => $"{e.Title}|{e.StartsAt:O}|{string.Join(",", e.Countries)}"),
        .. data.NetworkEventRegistrations.Select(r => $"{r.RegisteredAt:O}|{r.Role}|{r.Attended}"),
        .. data.CheckIns.Select(c => $"{c.Kind}|{c.Round}|{c.State}|{c.SentAt:O}|{c.AnsweredAt:O}|{c.Score}|{c.Fit}|{c.ForOrganisation}"),
        .. data.Concerns.Select(c => $"{c.Topic}|{c.Status}|{c.Text}|{string.Join(",", c.Log.Select(l => $"{l.Kind}@{l.At:O}"))}"),
        .. data.IndividualEvaluations.Select(f => $"{f.Role}|{f.Satisfaction}|{f.Experience}"),
        .. data.JointEvaluations.Select(f => $"{f.Summary}|{string.Join(",", f.Ratings.Select(r => r.Achievement))}"),
    ];
}
