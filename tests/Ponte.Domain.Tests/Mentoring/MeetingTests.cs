using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MeetingWorld;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>How the people of an active process schedule, move, cancel and log their meetings, and what the scheduled jobs find due.</summary>
public sealed class MeetingTests
{
    [Fact]
    public void A_participant_schedules_a_meeting_of_her_active_process()
    {
        var (process, mentor, _) = ActivePair();
        var startsAt = Tomorrow.AddHours(8);

        var meeting = Meeting.Schedule(process, startsAt, 90, MeetingMode.InPerson, "  Rua Augusta 12, Lisboa ", null, ActorOf(mentor), Today);

        Assert.Equal(process.Id, meeting.ProcessId);
        Assert.Equal(process.OrganisationId, meeting.OrganisationId);
        Assert.Equal(process.ProgrammeId, meeting.ProgrammeId);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.True(meeting.WasScheduled);
        Assert.Equal(startsAt, meeting.StartsAt);
        Assert.Equal(startsAt.AddMinutes(90), meeting.EndsAt);
        Assert.Equal(MeetingMode.InPerson, meeting.Mode);
        Assert.Equal(Office, meeting.Place);
        Assert.Null(meeting.Link);
        Assert.Equal(0, meeting.Sequence);
        Assert.Equal($"{meeting.Id}@ponte", meeting.CalendarUid);
        Assert.True(meeting.CalendarUid.Length <= Meeting.CalendarUidMax);
        Assert.Null(meeting.ReminderSentAt);
        Assert.Empty(meeting.Attendance);
        var line = Assert.Single(meeting.History);
        Assert.Equal(MeetingEvents.Scheduled, line.Event);
        Assert.Null(line.FromStatus);
        Assert.Equal("Scheduled", line.ToStatus);
        Assert.Equal(mentor.UserId, line.ActorUserId);
        Assert.Equal(Today, line.At);
        Assert.Equal("2026-12-12T17:00Z 90 min InPerson", line.Detail);
    }

    [Fact]
    public void The_mentee_schedules_too_and_an_online_meeting_keeps_its_link_only()
    {
        var (process, _, mentee) = ActivePair();

        var meeting = Meeting.Schedule(process, Tomorrow, 45, MeetingMode.Online, "ignored place", $" {Link} ", ActorOf(mentee), Today);

        Assert.Equal(MeetingMode.Online, meeting.Mode);
        Assert.Equal(Link, meeting.Link);
        Assert.Null(meeting.Place);
        Assert.Equal(mentee.UserId, meeting.History.Single().ActorUserId);
    }

    [Fact]
    public void A_start_given_in_another_offset_is_kept_in_UTC()
    {
        var (process, mentor, _) = ActivePair();
        var lisbonSummer = new DateTimeOffset(2027, 6, 1, 18, 0, 0, TimeSpan.FromHours(1));

        var meeting = Meeting.Schedule(process, lisbonSummer, 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today);

        Assert.Equal(TimeSpan.Zero, meeting.StartsAt.Offset);
        Assert.Equal(new DateTimeOffset(2027, 6, 1, 17, 0, 0, TimeSpan.Zero), meeting.StartsAt);
    }

    [Fact]
    public void Only_a_signed_in_participant_of_the_process_schedules()
    {
        var (process, _, _) = ActivePair();
        var (_, otherMentor, _) = ActivePair();

        foreach (var actor in new[] { Manager, Outsider, ActorOf(otherMentor), Actor.System, new Actor(null, "Nobody") })
        {
            var refused = Assert.Throws<DomainException>(() =>
                Meeting.Schedule(process, Tomorrow, 60, MeetingMode.InPerson, Office, null, actor, Today));
            Assert.Equal("NotAParticipant", refused.Code);
        }
    }

    [Fact]
    public void A_process_not_yet_active_refuses_meetings_and_a_paused_one_asks_to_resume()
    {
        var world = new MentoringWorld();
        var (matched, mentor, _) = world.OneToOne();
        var (agreed, agreedMentor, _) = world.Drafted();
        var (paused, pausedMentor, _) = world.Active();
        paused.Pause(PauseReason.Holidays, null, Manager, Today);

        var notActive = Assert.Throws<DomainException>(() => Meeting.Schedule(matched, Tomorrow, 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today));
        Assert.Equal("ProcessState", notActive.Code);
        Assert.Equal(["Matched"], notActive.Args);
        Assert.Equal("ProcessState", Assert.Throws<DomainException>(() =>
            Meeting.Schedule(agreed, Tomorrow, 60, MeetingMode.InPerson, Office, null, ActorOf(agreedMentor), Today)).Code);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() =>
            Meeting.Schedule(paused, Tomorrow, 60, MeetingMode.InPerson, Office, null, ActorOf(pausedMentor), Today)).Code);

        paused.Resume(null, Manager, Today);
        Assert.Equal(MeetingStatus.Scheduled, Meeting.Schedule(paused, Tomorrow, 60, MeetingMode.InPerson, Office, null, ActorOf(pausedMentor), Today).Status);
    }

    [Fact]
    public void A_meeting_in_person_needs_a_place_of_at_most_300_characters()
    {
        var (process, mentor, _) = ActivePair();

        foreach (var place in new[] { null, "", "   " })
        {
            var refused = Assert.Throws<DomainValidationException>(() =>
                Meeting.Schedule(process, Tomorrow, 60, MeetingMode.InPerson, place, Link, ActorOf(mentor), Today));
            Assert.Equal(("Place", "Required"), (refused.Field, refused.Code));
        }

        var tooLong = Assert.Throws<DomainValidationException>(() =>
            Meeting.Schedule(process, Tomorrow, 60, MeetingMode.InPerson, new string('a', 301), null, ActorOf(mentor), Today));
        Assert.Equal(("Place", "MaxLength"), (tooLong.Field, tooLong.Code));
        var longest = Meeting.Schedule(process, Tomorrow, 60, MeetingMode.InPerson, new string('a', 300), Link, ActorOf(mentor), Today);
        Assert.Equal(300, longest.Place!.Length);
        Assert.Null(longest.Link);
    }

    [Theory]
    [InlineData("meet.example.org/ponte")]
    [InlineData("/ponte")]
    [InlineData("ftp://files.example.org/ponte")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:helena@example.org")]
    [InlineData("https://meet.example.org/a b")]
    [InlineData("https://meet.example.org/a\r\nATTENDEE:mailto:x@example.org")]
    [InlineData("https://meet.example.org/\u202Egro.live")]
    public void An_online_meeting_refuses_a_link_that_is_not_an_absolute_web_address(string link)
    {
        var (process, mentor, _) = ActivePair();

        var refused = Assert.Throws<DomainValidationException>(() =>
            Meeting.Schedule(process, Tomorrow, 60, MeetingMode.Online, null, link, ActorOf(mentor), Today));

        Assert.Equal(("Link", "LinkInvalid"), (refused.Field, refused.Code));
    }

    [Fact]
    public void An_online_meeting_needs_a_link_of_at_most_500_characters()
    {
        var (process, mentor, _) = ActivePair();
        var longest = "http://meet.example.org/" + new string('x', 500 - 24);

        Assert.Equal(("Link", "Required"), Field(() => Meeting.Schedule(process, Tomorrow, 60, MeetingMode.Online, Office, " ", ActorOf(mentor), Today)));
        Assert.Equal(("Link", "MaxLength"), Field(() => Meeting.Schedule(process, Tomorrow, 60, MeetingMode.Online, null, longest + "x", ActorOf(mentor), Today)));
        Assert.Equal(longest, Meeting.Schedule(process, Tomorrow, 60, MeetingMode.Online, null, longest, ActorOf(mentor), Today).Link);
    }

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    [InlineData(480, true)]
    [InlineData(481, false)]
    public void A_scheduled_meeting_lasts_15_to_480_minutes(int minutes, bool allowed)
    {
        var (process, mentor, _) = ActivePair();
        Meeting Schedule() => Meeting.Schedule(process, Tomorrow, minutes, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today);

        if (allowed)
        {
            Assert.Equal(minutes, Schedule().Minutes);
        }
        else
        {
            var refused = Assert.Throws<DomainValidationException>(Schedule);
            Assert.Equal(("Minutes", "Range"), (refused.Field, refused.Code));
            Assert.Equal([15, 480], refused.Args);
        }
    }

    [Fact]
    public void A_meeting_cannot_be_scheduled_in_the_past_but_may_start_now()
    {
        var (process, mentor, _) = ActivePair();

        Assert.Equal(("StartsAt", "StartsInPast"), Field(() =>
            Meeting.Schedule(process, Today.AddMinutes(-1), 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today)));
        Assert.Equal(Today, Meeting.Schedule(process, Today, 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today).StartsAt);
    }

    [Fact]
    public void An_unknown_mode_is_refused()
    {
        var (process, mentor, _) = ActivePair();

        Assert.Equal(("Mode", "Invalid"), Field(() => Meeting.Schedule(process, Tomorrow, 60, (MeetingMode)7, Office, Link, ActorOf(mentor), Today)));
    }

    [Fact]
    public void Rescheduling_moves_the_meeting_raises_the_sequence_and_writes_a_line()
    {
        var (process, mentor, mentee) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        var later = Tomorrow.AddDays(1).AddHours(10);

        Assert.True(meeting.Reschedule(process, later, 30, MeetingMode.Online, Office, Link, ActorOf(mentee), Today.AddHours(1)));

        Assert.Equal(later, meeting.StartsAt);
        Assert.Equal(30, meeting.Minutes);
        Assert.Equal(MeetingMode.Online, meeting.Mode);
        Assert.Equal(Link, meeting.Link);
        Assert.Null(meeting.Place);
        Assert.Equal(1, meeting.Sequence);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        var line = meeting.History[^1];
        Assert.Equal(MeetingEvents.Rescheduled, line.Event);
        Assert.Equal(("Scheduled", "Scheduled"), (line.FromStatus, line.ToStatus));
        Assert.Equal(mentee.UserId, line.ActorUserId);
        Assert.Equal("2026-12-13T19:00Z 30 min Online", line.Detail);

        Assert.True(meeting.Reschedule(process, later, 30, MeetingMode.Online, null, "https://meet.example.org/other", ActorOf(mentor), Today.AddHours(2)));
        Assert.Equal(2, meeting.Sequence);
        Assert.Equal(3, meeting.History.Count);
    }

    [Fact]
    public void Rescheduling_to_the_same_time_and_place_changes_nothing()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        Assert.False(meeting.Reschedule(process, meeting.StartsAt.ToOffset(TimeSpan.FromHours(2)), 60, MeetingMode.InPerson, $" {Office} ", "https://ignored.example.org", ActorOf(mentor), Today.AddHours(1)));

        Assert.Equal(0, meeting.Sequence);
        Assert.Single(meeting.History);
    }

    [Fact]
    public void Rescheduling_follows_the_rules_of_scheduling()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() =>
            meeting.Reschedule(process, Tomorrow, 60, MeetingMode.InPerson, Office, null, Manager, Today)).Code);
        Assert.Equal(("StartsAt", "StartsInPast"), Field(() =>
            meeting.Reschedule(process, Today.AddHours(-1), 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today)));
        Assert.Equal(("Minutes", "Range"), Field(() =>
            meeting.Reschedule(process, Tomorrow, 500, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today)));
        Assert.Equal(("Link", "LinkInvalid"), Field(() =>
            meeting.Reschedule(process, Tomorrow, 60, MeetingMode.Online, null, "meet.example.org", ActorOf(mentor), Today)));

        process.Pause(PauseReason.Illness, null, Manager, Today);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() =>
            meeting.Reschedule(process, Tomorrow, 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today)).Code);
        Assert.Equal(0, meeting.Sequence);
    }

    [Fact]
    public void A_meeting_is_changed_only_through_its_own_process()
    {
        var (process, mentor, _) = ActivePair();
        var (other, otherMentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        Assert.Equal("ProcessMismatch", Assert.Throws<DomainException>(() =>
            meeting.Reschedule(other, Tomorrow, 60, MeetingMode.InPerson, Office, null, ActorOf(otherMentor), Today)).Code);
        Assert.Equal("ProcessMismatch", Assert.Throws<DomainException>(() => meeting.Log(other, Held(), ActorOf(otherMentor), Today)).Code);
        Assert.Equal("ProcessMismatch", Assert.Throws<DomainException>(() => meeting.SharedNotesFor(other, otherMentor.UserId, false)).Code);
    }

    [Fact]
    public void Cancelling_tells_the_calendars_and_closes_the_meeting()
    {
        var (process, mentor, mentee) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        meeting.Cancel("  She has a job interview.  ", ActorOf(mentee), Today.AddHours(2));

        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Equal(1, meeting.Sequence);
        Assert.Equal("She has a job interview.", meeting.CancelReason);
        Assert.Equal(Today.AddHours(2), meeting.CancelledAt);
        var line = meeting.History[^1];
        Assert.Equal(MeetingEvents.Cancelled, line.Event);
        Assert.Equal(("Scheduled", "Cancelled"), (line.FromStatus, line.ToStatus));
        Assert.Equal("She has a job interview.", line.Detail);
        Assert.Equal(mentee.UserId, line.ActorUserId);
    }

    [Fact]
    public void A_cancellation_reason_is_optional_and_at_most_500_characters()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        Assert.Equal(("CancelReason", "MaxLength"), Field(() => meeting.Cancel(new string('r', 501), ActorOf(mentor), Today)));
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);

        meeting.Cancel("   ", ActorOf(mentor), Today);
        Assert.Null(meeting.CancelReason);
        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
    }

    [Fact]
    public void A_cancelled_meeting_refuses_every_change()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        meeting.Cancel(null, ActorOf(mentor), Today);

        AssertClosed(meeting, process, mentor, "Cancelled");
        Assert.Equal(1, meeting.Sequence);
    }

    [Fact]
    public void A_logged_meeting_refuses_every_change()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        meeting.Log(process, Held(heldAt: Tomorrow.AddHours(8)), ActorOf(mentor), Tomorrow.AddHours(10));

        AssertClosed(meeting, process, mentor, "Logged");
        Assert.Equal(0, meeting.Sequence);
    }

    [Fact]
    public void Logging_a_scheduled_meeting_writes_down_what_happened()
    {
        var (process, mentor, mentee) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        var goals = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var heldAt = Tomorrow.AddHours(8).AddMinutes(10);
        var loggedAt = Tomorrow.AddHours(12);

        meeting.Log(process, Held(heldAt, 75, MeetingTopic.LabourMarketOrientation | MeetingTopic.CityOrientation, goals,
            " We rewrote the CV. ", " Ask about childcare. ", " Two bakeries. "), ActorOf(mentee), loggedAt);

        Assert.Equal(MeetingStatus.Logged, meeting.Status);
        Assert.True(meeting.WasScheduled);
        Assert.Equal(Tomorrow.AddHours(8), meeting.StartsAt);
        Assert.Equal(60, meeting.Minutes);
        Assert.Equal(heldAt, meeting.HeldAt);
        Assert.Equal(75, meeting.HeldMinutes);
        Assert.Equal(MeetingMode.InPerson, meeting.HeldMode);
        Assert.Equal(MeetingTopic.LabourMarketOrientation | MeetingTopic.CityOrientation, meeting.Topics);
        Assert.Equal(goals, meeting.GoalIds);
        Assert.Equal("We rewrote the CV.", meeting.SharedNotes);
        Assert.Equal("Ask about childcare.", meeting.PrivateNote);
        Assert.Equal("Two bakeries.", meeting.NextSteps);
        Assert.Equal(mentee.UserId, meeting.LoggedById);
        Assert.Equal(mentee.Id, meeting.LoggedByParticipantId);
        Assert.Equal(loggedAt, meeting.LoggedAt);
        Assert.Equal([mentee.Id], meeting.Attendance.Select(a => a.ParticipantId));
        Assert.Null(meeting.Attendance[0].Attended);
        Assert.Equal(0, meeting.Sequence);
        var line = meeting.History[^1];
        Assert.Equal(MeetingEvents.Logged, line.Event);
        Assert.Equal(("Scheduled", "Logged"), (line.FromStatus, line.ToStatus));
        Assert.Equal("2026-12-12T17:10Z 75 min InPerson", line.Detail);
        Assert.Equal(loggedAt, line.At);
    }

    [Fact]
    public void A_meeting_never_scheduled_is_logged_afterwards()
    {
        var (process, mentor, _) = ActivePair();
        var heldAt = Today.AddHours(-5);

        var meeting = Meeting.LogUnscheduled(process, Held(heldAt, 5, MeetingTopic.Other, sharedNotes: null, privateNote: null, nextSteps: null), ActorOf(mentor), Today);

        Assert.Equal(MeetingStatus.Logged, meeting.Status);
        Assert.False(meeting.WasScheduled);
        Assert.Equal(process.Id, meeting.ProcessId);
        Assert.Equal(process.OrganisationId, meeting.OrganisationId);
        Assert.Equal(heldAt, meeting.StartsAt);
        Assert.Equal(heldAt, meeting.HeldAt);
        Assert.Equal(5, meeting.HeldMinutes);
        Assert.Null(meeting.SharedNotes);
        Assert.Null(meeting.PrivateNote);
        Assert.Null(meeting.NextSteps);
        Assert.Equal(mentor.Id, meeting.LoggedByParticipantId);
        Assert.False(meeting.ReminderDue(heldAt.AddHours(-1)));
        Assert.False(meeting.LogRequestDue(Today.AddDays(5)));
        var line = Assert.Single(meeting.History);
        Assert.Equal((null, "Logged"), (line.FromStatus, line.ToStatus));
        Assert.Equal(MeetingEvents.Logged, line.Event);
    }

    [Fact]
    public void A_meeting_is_logged_once_it_has_happened()
    {
        var (process, mentor, _) = ActivePair();

        Assert.Equal(("HeldAt", "HeldInFuture"), Field(() => Meeting.LogUnscheduled(process, Held(Today.AddMinutes(1)), ActorOf(mentor), Today)));
        var inAnotherOffset = Today.AddHours(1).ToOffset(TimeSpan.FromHours(3));
        Assert.Equal(("HeldAt", "HeldInFuture"), Field(() => Meeting.LogUnscheduled(process, Held(inAnotherOffset), ActorOf(mentor), Today)));

        var justNow = Meeting.LogUnscheduled(process, Held(Today.ToOffset(TimeSpan.FromHours(3))), ActorOf(mentor), Today);
        Assert.Equal(Today, justNow.HeldAt);
        Assert.Equal(TimeSpan.Zero, justNow.HeldAt!.Value.Offset);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(600, true)]
    [InlineData(601, false)]
    public void A_logged_meeting_lasted_5_to_600_minutes(int minutes, bool allowed)
    {
        var (process, mentor, _) = ActivePair();
        Meeting Log() => Meeting.LogUnscheduled(process, Held(minutes: minutes), ActorOf(mentor), Today);

        if (allowed)
        {
            Assert.Equal(minutes, Log().HeldMinutes);
        }
        else
        {
            var refused = Assert.Throws<DomainValidationException>(Log);
            Assert.Equal(("Minutes", "Range"), (refused.Field, refused.Code));
            Assert.Equal([5, 600], refused.Args);
        }
    }

    [Fact]
    public void A_logged_meeting_names_at_least_one_known_topic()
    {
        var (process, mentor, _) = ActivePair();
        var all = MeetingTopic.LabourMarketOrientation | MeetingTopic.HealthAndHabits | MeetingTopic.ParentingAndFamily
            | MeetingTopic.RightsAndObligations | MeetingTopic.CityOrientation | MeetingTopic.Other;

        Assert.Equal(("Topics", "TopicsRequired"), Field(() => Meeting.LogUnscheduled(process, Held(topics: MeetingTopic.None), ActorOf(mentor), Today)));
        Assert.Equal(("Topics", "Invalid"), Field(() => Meeting.LogUnscheduled(process, Held(topics: MeetingTopic.Other | (MeetingTopic)64), ActorOf(mentor), Today)));
        Assert.Equal(all, Meeting.LogUnscheduled(process, Held(topics: all), ActorOf(mentor), Today).Topics);
    }

    [Fact]
    public void A_logged_meeting_names_at_most_30_goals_each_once()
    {
        var (process, mentor, _) = ActivePair();
        var thirty = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToList();
        var repeated = Guid.NewGuid();

        var tooMany = Assert.Throws<DomainValidationException>(() =>
            Meeting.LogUnscheduled(process, Held(goalIds: [.. thirty, Guid.NewGuid()]), ActorOf(mentor), Today));
        Assert.Equal(("GoalIds", "TooMany"), (tooMany.Field, tooMany.Code));
        Assert.Equal([30], tooMany.Args);
        Assert.Equal(("GoalIds", "Duplicate"), Field(() => Meeting.LogUnscheduled(process, Held(goalIds: [repeated, repeated]), ActorOf(mentor), Today)));
        Assert.Equal(("GoalIds", "Invalid"), Field(() => Meeting.LogUnscheduled(process, Held(goalIds: [Guid.Empty]), ActorOf(mentor), Today)));

        Assert.Equal(thirty, Meeting.LogUnscheduled(process, Held(goalIds: thirty), ActorOf(mentor), Today).GoalIds);
    }

    [Fact]
    public void The_notes_of_a_logged_meeting_have_their_limits()
    {
        var (process, mentor, _) = ActivePair();
        Meeting Log(HeldMeeting held) => Meeting.LogUnscheduled(process, held, ActorOf(mentor), Today);

        Assert.Equal(("SharedNotes", "MaxLength"), Field(() => Log(Held(sharedNotes: new string('s', 4001)))));
        Assert.Equal(("PrivateNote", "MaxLength"), Field(() => Log(Held(privateNote: new string('p', 4001)))));
        Assert.Equal(("NextSteps", "MaxLength"), Field(() => Log(Held(nextSteps: new string('n', 2001)))));
        Assert.Equal(("Mode", "Invalid"), Field(() => Log(Held() with { Mode = (MeetingMode)9 })));

        var longest = Log(Held(sharedNotes: new string('s', 4000), privateNote: new string('p', 4000), nextSteps: new string('n', 2000)));
        Assert.Equal((4000, 4000, 2000), (longest.SharedNotes!.Length, longest.PrivateNote!.Length, longest.NextSteps!.Length));
    }

    [Fact]
    public void Only_a_participant_of_an_active_process_logs_a_meeting()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => Meeting.LogUnscheduled(process, Held(), Manager, Today)).Code);
        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => meeting.Log(process, Held(), Outsider, Today)).Code);

        process.Pause(PauseReason.Other, "Summer", Manager, Today);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => Meeting.LogUnscheduled(process, Held(), ActorOf(mentor), Today)).Code);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => meeting.Log(process, Held(), ActorOf(mentor), Today)).Code);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);

        var (matched, matchedMentor, _) = new MentoringWorld().OneToOne();
        Assert.Equal("ProcessState", Assert.Throws<DomainException>(() => Meeting.LogUnscheduled(matched, Held(), ActorOf(matchedMentor), Today)).Code);
    }

    [Fact]
    public void The_private_note_is_read_by_its_author_and_by_managers_only_where_the_programme_allows()
    {
        var (process, mentor, mentee) = ActivePair();
        var meeting = Meeting.LogUnscheduled(process, Held(privateNote: "She seemed tired."), ActorOf(mentor), Today);

        Assert.Equal("She seemed tired.", meeting.PrivateNoteFor(mentor.UserId, viewerIsManager: false, programmeSharesPrivateNotesWithManagers: false));
        Assert.Equal("She seemed tired.", meeting.PrivateNoteFor(mentor.UserId, viewerIsManager: false, programmeSharesPrivateNotesWithManagers: true));
        Assert.Null(meeting.PrivateNoteFor(mentee.UserId, viewerIsManager: false, programmeSharesPrivateNotesWithManagers: true));
        Assert.Null(meeting.PrivateNoteFor(Manager.UserId, viewerIsManager: true, programmeSharesPrivateNotesWithManagers: false));
        Assert.Equal("She seemed tired.", meeting.PrivateNoteFor(Manager.UserId, viewerIsManager: true, programmeSharesPrivateNotesWithManagers: true));
        Assert.Null(meeting.PrivateNoteFor(Outsider.UserId, viewerIsManager: false, programmeSharesPrivateNotesWithManagers: true));
        Assert.Null(meeting.PrivateNoteFor(null, viewerIsManager: false, programmeSharesPrivateNotesWithManagers: true));
    }

    [Fact]
    public void A_meeting_without_a_private_note_shows_none_to_anyone()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = Meeting.LogUnscheduled(process, Held(privateNote: "  "), ActorOf(mentor), Today);
        var scheduled = InPersonTomorrow(process, mentor);

        Assert.Null(meeting.PrivateNoteFor(mentor.UserId, false, false));
        Assert.Null(meeting.PrivateNoteFor(Manager.UserId, true, true));
        Assert.Null(scheduled.PrivateNoteFor(null, false, false));
    }

    [Fact]
    public void The_shared_notes_are_for_the_people_of_the_process_and_its_managers()
    {
        var (process, mentor, coMentor, mentees) = ActiveGroup();
        var meeting = Meeting.LogUnscheduled(process, Held(sharedNotes: "Visited the job centre."), ActorOf(mentees[1]), Today);

        foreach (var participant in new[] { mentor, coMentor, mentees[0], mentees[1], mentees[2] })
            Assert.Equal("Visited the job centre.", meeting.SharedNotesFor(process, participant.UserId, viewerIsManager: false));
        Assert.Equal("Visited the job centre.", meeting.SharedNotesFor(process, Manager.UserId, viewerIsManager: true));
        Assert.Null(meeting.SharedNotesFor(process, Outsider.UserId, viewerIsManager: false));
        Assert.Null(meeting.SharedNotesFor(process, null, viewerIsManager: false));
    }

    [Fact]
    public void A_group_session_keeps_a_register_of_its_mentees()
    {
        var (process, mentor, coMentor, mentees) = ActiveGroup();
        var meeting = Meeting.Schedule(process, Tomorrow, 120, MeetingMode.InPerson, "Community hall", null, ActorOf(coMentor), Today);
        meeting.Log(process, Held(Tomorrow.AddMinutes(5), 110), ActorOf(mentor), Tomorrow.AddHours(3));
        Assert.Equal(mentees.Select(m => m.Id), meeting.Attendance.Select(a => a.ParticipantId));
        Assert.All(meeting.Attendance, a => Assert.Null(a.Attended));

        meeting.RecordAttendance(mentees[0].Id, true);
        meeting.RecordAttendance(mentees[1].Id, false);
        meeting.RecordAttendance(mentees[2].Id, false);
        meeting.RecordAttendance(mentees[2].Id, true);

        Assert.Equal(new bool?[] { true, false, true }, meeting.Attendance.Select(a => a.Attended));
    }

    [Fact]
    public void Only_the_mentees_of_the_process_are_on_a_logged_meetings_register()
    {
        var (process, mentor, coMentor, mentees) = ActiveGroup();
        var (_, _, stranger) = ActivePair();
        var scheduled = Meeting.Schedule(process, Tomorrow, 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today);
        var cancelled = Meeting.Schedule(process, Tomorrow, 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today);
        cancelled.Cancel(null, ActorOf(mentor), Today);
        var logged = Meeting.LogUnscheduled(process, Held(), ActorOf(mentor), Today);

        foreach (var notMentee in new[] { mentor.Id, coMentor.Id, stranger.Id, Guid.NewGuid() })
            Assert.Equal("NotAMentee", Assert.Throws<DomainException>(() => logged.RecordAttendance(notMentee, true)).Code);
        Assert.Equal("NotLogged", Assert.Throws<DomainException>(() => scheduled.RecordAttendance(mentees[0].Id, true)).Code);
        Assert.Equal("NotLogged", Assert.Throws<DomainException>(() => cancelled.RecordAttendance(mentees[0].Id, true)).Code);
        Assert.All(logged.Attendance, a => Assert.Null(a.Attended));
    }

    [Fact]
    public void A_one_to_one_meeting_records_its_mentees_attendance_too()
    {
        var (process, mentor, mentee) = ActivePair();
        var meeting = Meeting.LogUnscheduled(process, Held(), ActorOf(mentor), Today);

        meeting.RecordAttendance(mentee.Id, false);

        Assert.False(Assert.Single(meeting.Attendance).Attended);
    }

    [Fact]
    public void A_reminder_is_due_within_the_24_hours_before_the_start_and_sent_once()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        var start = meeting.StartsAt;

        Assert.False(meeting.ReminderDue(start.AddHours(-24).AddSeconds(-1)));
        Assert.True(meeting.ReminderDue(start.AddHours(-24)));
        Assert.True(meeting.ReminderDue(start.AddMinutes(-1)));
        Assert.False(meeting.ReminderDue(start));

        meeting.MarkReminderSent(start.AddHours(-20));

        Assert.Equal(start.AddHours(-20), meeting.ReminderSentAt);
        Assert.False(meeting.ReminderDue(start.AddHours(-19)));
        Assert.Equal("NotDue", Assert.Throws<DomainException>(() => meeting.MarkReminderSent(start.AddHours(-19))).Code);
    }

    [Fact]
    public void A_reminder_not_due_cannot_be_marked_sent()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        Assert.Equal("NotDue", Assert.Throws<DomainException>(() => meeting.MarkReminderSent(meeting.StartsAt.AddDays(-2))).Code);
        Assert.Equal("NotDue", Assert.Throws<DomainException>(() => meeting.MarkReminderSent(meeting.StartsAt.AddMinutes(1))).Code);
        Assert.Null(meeting.ReminderSentAt);
    }

    [Fact]
    public void A_moved_meeting_gets_its_reminder_again_but_a_new_place_alone_does_not()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        var start = meeting.StartsAt;
        meeting.MarkReminderSent(start.AddHours(-23));

        meeting.Reschedule(process, start, 60, MeetingMode.InPerson, "Café Central", null, ActorOf(mentor), start.AddHours(-22));
        Assert.False(meeting.ReminderDue(start.AddHours(-21)));

        meeting.Reschedule(process, start.AddHours(2), 60, MeetingMode.InPerson, "Café Central", null, ActorOf(mentor), start.AddHours(-21));
        Assert.Null(meeting.ReminderSentAt);
        Assert.True(meeting.ReminderDue(start.AddHours(-20)));
    }

    [Fact]
    public void A_cancelled_or_logged_meeting_needs_no_reminder_and_refuses_marks()
    {
        var (process, mentor, _) = ActivePair();
        var cancelled = InPersonTomorrow(process, mentor);
        cancelled.Cancel(null, ActorOf(mentor), Today);
        var logged = InPersonTomorrow(process, mentor);
        logged.Log(process, Held(), ActorOf(mentor), Today);
        var dueTime = cancelled.StartsAt.AddHours(-1);

        foreach (var meeting in new[] { cancelled, logged })
        {
            Assert.False(meeting.ReminderDue(dueTime));
            Assert.False(meeting.LogRequestDue(meeting.EndsAt.AddDays(3)));
            Assert.Equal("MeetingClosed", Assert.Throws<DomainException>(() => meeting.MarkReminderSent(dueTime)).Code);
            Assert.Equal("MeetingClosed", Assert.Throws<DomainException>(() => meeting.MarkLogRequested(meeting.EndsAt.AddDays(3))).Code);
        }
    }

    [Fact]
    public void A_meeting_nobody_logged_asks_for_its_log_48_hours_after_its_end_once()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        var end = meeting.EndsAt;

        Assert.False(meeting.LogRequestDue(end));
        Assert.False(meeting.LogRequestDue(end.AddHours(48).AddSeconds(-1)));
        Assert.Equal("NotDue", Assert.Throws<DomainException>(() => meeting.MarkLogRequested(end.AddHours(47))).Code);
        Assert.True(meeting.LogRequestDue(end.AddHours(48)));

        meeting.MarkLogRequested(end.AddHours(49));

        Assert.Equal(end.AddHours(49), meeting.LogRequestedAt);
        Assert.False(meeting.LogRequestDue(end.AddDays(10)));
        Assert.Equal("NotDue", Assert.Throws<DomainException>(() => meeting.MarkLogRequested(end.AddDays(10))).Code);
    }

    [Fact]
    public void Logging_ends_the_wait_for_a_log_and_moving_the_meeting_asks_again_later()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        var askedAt = meeting.EndsAt.AddHours(50);
        meeting.MarkLogRequested(askedAt);

        var newStart = askedAt.AddDays(1);
        meeting.Reschedule(process, newStart, 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), askedAt);

        Assert.Null(meeting.LogRequestedAt);
        Assert.False(meeting.LogRequestDue(newStart.AddHours(1)));
        Assert.True(meeting.LogRequestDue(newStart.AddHours(49)));

        meeting.Log(process, Held(heldAt: newStart), ActorOf(mentor), newStart.AddHours(2));
        Assert.False(meeting.LogRequestDue(newStart.AddHours(49)));
    }

    [Fact]
    public void The_history_reads_scheduled_rescheduled_and_logged_in_order()
    {
        var (process, mentor, mentee) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        meeting.Reschedule(process, Tomorrow.AddHours(9), 60, MeetingMode.InPerson, Office, null, ActorOf(mentee), Today.AddHours(1));
        meeting.Log(process, Held(heldAt: Tomorrow.AddHours(9)), ActorOf(mentee), Tomorrow.AddHours(11));

        Assert.Equal([MeetingEvents.Scheduled, MeetingEvents.Rescheduled, MeetingEvents.Logged], meeting.History.Select(h => h.Event));
        Assert.Equal([mentor.UserId, mentee.UserId, mentee.UserId], meeting.History.Select(h => h.ActorUserId));
        Assert.All(meeting.History, h => Assert.True((h.Detail?.Length ?? 0) <= Meeting.HistoryDetailMax));
    }

    private static void AssertClosed(Meeting meeting, MentoringProcess process, Participant mentor, string status)
    {
        var refusals = new Action[]
        {
            () => meeting.Reschedule(process, Tomorrow.AddDays(3), 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today),
            () => meeting.Cancel(null, ActorOf(mentor), Today),
            () => meeting.Log(process, Held(), ActorOf(mentor), Tomorrow.AddDays(1)),
        };
        foreach (var refusal in refusals)
        {
            var refused = Assert.Throws<DomainException>(refusal);
            Assert.Equal("MeetingClosed", refused.Code);
            Assert.Equal([status], refused.Args);
        }

        Assert.Equal(status, meeting.Status.ToString());
    }

    private static (string Field, string Code) Field(Action act)
    {
        var refused = Assert.Throws<DomainValidationException>(act);
        return (refused.Field, refused.Code);
    }

    private static (string Field, string Code) Field(Func<object> act) => Field(() => { act(); });
}
