using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Training;
using Xunit;
using static Ponte.Domain.Tests.Events.EventsWorld;

namespace Ponte.Domain.Tests.Events;

/// <summary>How a programme plans its kick-off, training and networking events, who is invited, who comes.</summary>
public sealed class ProgrammeEventTests
{
    [Fact]
    public void Planning_an_event_keeps_its_programme_and_its_start_as_a_utc_instant_and_writes_the_first_history_line()
    {
        var world = new EventsWorld();
        var lisbonEvening = new DateTimeOffset(2026, 12, 14, 19, 30, 0, TimeSpan.FromHours(2));

        var kickOff = ProgrammeEvent.Plan(world.Programme, EventKind.KickOff, "  Kick-off  ", null, lisbonEvening, 120,
            null, "https://meet.example.org/kick-off", 40, null, Manager, Now);

        Assert.Equal(world.Programme.OrganisationId, kickOff.OrganisationId);
        Assert.Equal(world.Programme.Id, kickOff.ProgrammeId);
        Assert.Equal(EventKind.KickOff, kickOff.Kind);
        Assert.Equal(EventStatus.Planned, kickOff.Status);
        Assert.Equal("Kick-off", kickOff.Title);
        Assert.Null(kickOff.Description);
        Assert.Equal(TimeSpan.Zero, kickOff.StartsAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 17, 30, 0, TimeSpan.Zero), kickOff.StartsAt);
        Assert.Equal(kickOff.StartsAt.AddHours(2), kickOff.EndsAt);
        Assert.Null(kickOff.Place);
        Assert.Equal("https://meet.example.org/kick-off", kickOff.OnlineLink);
        Assert.Equal(40, kickOff.Capacity);
        Assert.Equal(40, kickOff.PlacesLeft);
        Assert.Null(kickOff.HoursKind);
        Assert.Empty(kickOff.Invitations);
        var line = Assert.Single(kickOff.History);
        Assert.Equal(EventChanges.Planned, line.Event);
        Assert.Null(line.FromStatus);
        Assert.Equal("Planned", line.ToStatus);
        Assert.Equal(Manager.UserId, line.ActorUserId);
        Assert.Equal(Now, line.At);
    }

    [Fact]
    public void An_event_takes_a_place_a_link_or_both_and_no_capacity_means_no_limit()
    {
        var world = new EventsWorld();

        var inPerson = ProgrammeEvent.Plan(world.Programme, EventKind.Networking, "Picnic", null, NextWeek, 15, "Parque Eduardo VII", null, null, null, Manager, Now);
        var both = ProgrammeEvent.Plan(world.Programme, EventKind.Networking, "Picnic", null, NextWeek, 720, "Parque", "http://example.org/live", null, null, Manager, Now);

        Assert.Equal("Parque Eduardo VII", inPerson.Place);
        Assert.Null(inPerson.OnlineLink);
        Assert.Null(inPerson.Capacity);
        Assert.Null(inPerson.PlacesLeft);
        Assert.Equal(("Parque", "http://example.org/live"), (both.Place, both.OnlineLink));
    }

    [Fact]
    public void Planning_refuses_each_bad_field_against_that_field()
    {
        var world = new EventsWorld();
        ProgrammeEvent Plan(EventKind kind = EventKind.Networking, string? title = "Picnic", string? description = null, DateTimeOffset? startsAt = null,
            int minutes = 60, string? place = "Parque", string? link = null, int? capacity = null, HoursKind? hoursKind = null) =>
            ProgrammeEvent.Plan(world.Programme, kind, title, description, startsAt ?? NextWeek, minutes, place, link, capacity, hoursKind, Manager, Now);

        Invalid("Title", "Required", () => Plan(title: "   "));
        Assert.Equal([ProgrammeEvent.TitleMax], Invalid("Title", "MaxLength", () => Plan(title: new string('a', 201))).Args);
        Invalid("Description", "MaxLength", () => Plan(description: new string('a', 2001)));
        Assert.Equal([15, 720], Invalid("Minutes", "Range", () => Plan(minutes: 14)).Args);
        Invalid("Minutes", "Range", () => Plan(minutes: 721));
        Invalid("Place", "PlaceRequired", () => Plan(place: " ", link: ""));
        Invalid("Place", "MaxLength", () => Plan(place: new string('a', 301)));
        Invalid("OnlineLink", "MaxLength", () => Plan(link: "https://example.org/" + new string('a', 481)));
        Invalid("OnlineLink", "Url", () => Plan(link: "javascript:alert(1)"));
        Invalid("OnlineLink", "Url", () => Plan(link: "ftp://example.org/file"));
        Invalid("OnlineLink", "Url", () => Plan(link: "/events/1"));
        Invalid("OnlineLink", "Url", () => Plan(link: "meet dot example"));
        Invalid("Capacity", "Range", () => Plan(capacity: 0));
        Invalid("Capacity", "Range", () => Plan(capacity: 1001));
        Invalid("Kind", "Invalid", () => Plan(kind: (EventKind)9));
        Invalid("HoursKind", "Required", () => Plan(kind: EventKind.MentorTraining));
        Invalid("HoursKind", "HoursKindMentorTrainingOnly", () => Plan(kind: EventKind.KickOff, hoursKind: HoursKind.Theory));
        Invalid("HoursKind", "Invalid", () => Plan(kind: EventKind.MentorTraining, hoursKind: (HoursKind)7));
        Invalid("StartsAt", "DateOutOfRange", () => Plan(startsAt: new DateTimeOffset(2101, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(1000, Plan(capacity: 1000).Capacity);
        Assert.Equal(HoursKind.Practice, Plan(kind: EventKind.MentorTraining, hoursKind: HoursKind.Practice).HoursKind);
    }

    [Fact]
    public void A_start_in_the_past_is_refused_and_one_starting_now_is_not()
    {
        var world = new EventsWorld();

        Invalid("StartsAt", "StartsInPast", () => world.Plan(startsAt: Now.AddMinutes(-1)));
        // The same instant written in another offset is still one minute ago.
        Invalid("StartsAt", "StartsInPast", () => world.Plan(startsAt: Now.AddMinutes(-1).ToOffset(TimeSpan.FromHours(5))));

        Assert.Equal(Now, world.Plan(startsAt: Now).StartsAt);
    }

    [Fact]
    public void Rescheduling_moves_the_event_and_writes_a_line_and_the_same_time_and_place_change_nothing()
    {
        var world = new EventsWorld();
        var evening = world.Plan();

        Assert.True(evening.Reschedule(NextWeek.AddDays(1), 60, null, "https://meet.example.org/x", Manager, Now.AddHours(1)));

        Assert.Equal(NextWeek.AddDays(1), evening.StartsAt);
        Assert.Equal(60, evening.Minutes);
        Assert.Null(evening.Place);
        Assert.Equal("https://meet.example.org/x", evening.OnlineLink);
        Assert.Equal(EventChanges.Rescheduled, evening.History[^1].Event);
        Assert.Equal("Planned", evening.History[^1].ToStatus);

        Assert.False(evening.Reschedule(NextWeek.AddDays(1), 60, null, " https://meet.example.org/x ", Manager, Now.AddHours(2)));
        Assert.Equal(2, evening.History.Count);
    }

    [Fact]
    public void Rescheduling_is_refused_into_the_past_and_once_the_event_has_started()
    {
        var world = new EventsWorld();
        var evening = world.Plan();

        Invalid("StartsAt", "StartsInPast", () => evening.Reschedule(Now.AddHours(-1), 60, "Parque", null, Manager, Now));
        Invalid("Minutes", "Range", () => evening.Reschedule(NextWeek, 5, "Parque", null, Manager, Now));
        Invalid("Place", "PlaceRequired", () => evening.Reschedule(NextWeek, 60, null, null, Manager, Now));
        Refused("EventStarted", () => evening.Reschedule(NextWeek.AddDays(7), 60, "Parque", null, Manager, NextWeek));

        Assert.Equal(NextWeek, evening.StartsAt);
        Assert.Single(evening.History);
    }

    [Fact]
    public void Changing_the_details_keeps_at_least_the_places_already_taken()
    {
        var world = new EventsWorld();
        var evening = world.Plan(capacity: 5);
        var samira = world.Mentee("Samira");
        var fatima = world.Mentee("Fatima");
        evening.Register(samira, Manager, Now);
        evening.Register(fatima, Manager, Now);

        var refused = Invalid("Capacity", "CapacityBelowRegistered", () => evening.ChangeDetails("Welcome evening", null, 1, Manager, Now));
        Assert.Equal([2], refused.Args);

        Assert.True(evening.ChangeDetails("Welcome evening and dinner", "Bring a dish.", 2, Manager, Now.AddHours(1)));
        Assert.Equal(("Welcome evening and dinner", "Bring a dish.", 2), (evening.Title, evening.Description, evening.Capacity));
        Assert.Equal(0, evening.PlacesLeft);
        Assert.Equal(EventChanges.DetailsChanged, evening.History[^1].Event);
        Assert.False(evening.ChangeDetails("Welcome evening and dinner", "Bring a dish.", 2, Manager, Now.AddHours(2)));
        Assert.True(evening.ChangeDetails("Welcome evening and dinner", "Bring a dish.", null, Manager, Now.AddHours(3)));
        Assert.Null(evening.PlacesLeft);
    }

    [Fact]
    public void A_cancelled_event_refuses_everything_with_EventCancelled()
    {
        var world = new EventsWorld();
        var evening = world.Plan();
        var samira = world.Mentee();
        var fatima = world.Mentee("Fatima");
        evening.Invite(samira, Manager, Now);

        evening.Cancel("  The venue flooded.  ", Manager, Now.AddDays(1));

        Assert.Equal(EventStatus.Cancelled, evening.Status);
        Assert.Equal("The venue flooded.", evening.CancelReason);
        var line = evening.History[^1];
        Assert.Equal((EventChanges.Cancelled, "Planned", "Cancelled", "The venue flooded."), (line.Event, line.FromStatus, line.ToStatus, line.Detail));
        var lines = evening.History.Count;

        Refused("EventCancelled", () => evening.Cancel(null, Manager, Now.AddDays(1)));
        Refused("EventCancelled", () => evening.Reschedule(NextWeek.AddDays(1), 60, "Parque", null, Manager, Now.AddDays(1)));
        Refused("EventCancelled", () => evening.ChangeDetails("Other", null, null, Manager, Now.AddDays(1)));
        Refused("EventCancelled", () => evening.Invite(fatima, Manager, Now.AddDays(1)));
        Refused("EventCancelled", () => evening.Register(samira.Id, Manager, Now.AddDays(1)));
        Refused("EventCancelled", () => evening.Register(fatima, Manager, Now.AddDays(1)));
        Refused("EventCancelled", () => evening.Decline(samira.Id, Manager, Now.AddDays(1)));
        Refused("EventCancelled", () => evening.RecordAttendance(samira.Id, true, null, Manager, NextWeek.AddHours(1)));
        Assert.Equal(lines, evening.History.Count);
        Assert.Equal(InvitationStatus.Invited, Assert.Single(evening.Invitations).Status);
    }

    [Fact]
    public void An_event_that_has_started_cannot_be_cancelled_and_a_cancel_reason_has_a_limit()
    {
        var world = new EventsWorld();
        var evening = world.Plan();

        Invalid("Reason", "MaxLength", () => evening.Cancel(new string('a', 1001), Manager, Now));
        Refused("EventStarted", () => evening.Cancel(null, Manager, NextWeek));

        Assert.Equal(EventStatus.Planned, evening.Status);
    }

    [Fact]
    public void Inviting_a_participant_of_the_programme_writes_a_line_and_inviting_her_twice_changes_nothing()
    {
        var world = new EventsWorld();
        var evening = world.Plan();
        var samira = world.Mentee();

        Assert.True(evening.Invite(samira, Manager, Now.AddHours(1)));
        Assert.False(evening.Invite(samira, Manager, Now.AddHours(2)));

        var invitation = Assert.Single(evening.Invitations);
        Assert.Equal(samira.Id, invitation.ParticipantId);
        Assert.Equal(ParticipantRole.Mentee, invitation.Role);
        Assert.Equal(InvitationStatus.Invited, invitation.Status);
        Assert.Equal(Now.AddHours(1), invitation.InvitedAt);
        Assert.Null(invitation.AnsweredAt);
        Assert.Null(invitation.Attended);
        Assert.Equal(2, evening.History.Count);
        var line = evening.History[^1];
        Assert.Equal((EventChanges.Invited, null, "Invited", samira.Id.ToString()), (line.Event, line.FromStatus, line.ToStatus, line.Detail));
    }

    [Fact]
    public void Someone_of_another_programme_or_organisation_is_refused_with_ProgrammeMismatch()
    {
        var world = new EventsWorld();
        var evening = world.Plan();
        var otherProgramme = world.Person(ParticipantRole.Mentee, "Fatima", world.NewProgramme());
        var otherOrganisation = new EventsWorld("FI").Mentee("Tatiana");

        Refused("ProgrammeMismatch", () => evening.Invite(otherProgramme, Manager, Now));
        Refused("ProgrammeMismatch", () => evening.Invite(otherOrganisation, Manager, Now));
        Refused("ProgrammeMismatch", () => evening.Register(otherOrganisation, Manager, Now));

        Assert.Empty(evening.Invitations);
    }

    [Theory]
    [InlineData(EventKind.MentorTraining, ParticipantRole.Mentee)]
    [InlineData(EventKind.MenteeTraining, ParticipantRole.Mentor)]
    public void Training_is_for_its_own_audience_only(EventKind kind, ParticipantRole wrongRole)
    {
        var world = new EventsWorld();
        var training = world.Plan(kind);
        var wrong = world.Person(wrongRole);
        var right = world.Person(wrongRole == ParticipantRole.Mentor ? ParticipantRole.Mentee : ParticipantRole.Mentor);

        var refused = Refused("WrongAudience", () => training.Invite(wrong, Manager, Now));
        Assert.Equal([kind.ToString()], refused.Args);
        Refused("WrongAudience", () => training.Register(wrong, Manager, Now));

        Assert.True(training.Invite(right, Manager, Now));
        Assert.Equal(right.Id, Assert.Single(training.Invitations).ParticipantId);
    }

    [Theory]
    [InlineData(EventKind.KickOff)]
    [InlineData(EventKind.Networking)]
    public void Kick_off_and_networking_events_take_mentors_and_mentees(EventKind kind)
    {
        var world = new EventsWorld();
        var gathering = world.Plan(kind);

        Assert.True(gathering.Invite(world.Mentor(), Manager, Now));
        Assert.True(gathering.Invite(world.Mentee(), Manager, Now));

        Assert.Equal([ParticipantRole.Mentor, ParticipantRole.Mentee], gathering.Invitations.Select(i => i.Role));
    }

    [Fact]
    public void A_withdrawn_participant_is_neither_invited_nor_registered()
    {
        var world = new EventsWorld();
        var evening = world.Plan();
        var fatima = world.Mentee("Fatima");
        fatima.Withdraw("Moved to Porto", Manager, Now);

        Refused("ParticipantInactive", () => evening.Invite(fatima, Manager, Now));
        Refused("ParticipantInactive", () => evening.Register(fatima, Manager, Now));

        Assert.Empty(evening.Invitations);
    }

    [Fact]
    public void Nobody_is_invited_once_the_event_has_started()
    {
        var world = new EventsWorld();
        var evening = world.Plan();

        Refused("EventStarted", () => evening.Invite(world.Mentee(), Manager, NextWeek.AddMinutes(10)));

        Assert.Empty(evening.Invitations);
    }

    [Fact]
    public void An_invited_participant_registers_once_and_someone_not_invited_cannot_register_herself()
    {
        var world = new EventsWorld();
        var evening = world.Plan();
        var samira = world.Mentee();
        var fatima = world.Mentee("Fatima");
        evening.Invite(samira, Manager, Now);
        var her = new Actor(samira.UserId, "Samira");

        Assert.True(evening.Register(samira.Id, her, Now.AddHours(3)));
        Assert.False(evening.Register(samira.Id, her, Now.AddHours(4)));
        Refused("NotInvited", () => evening.Register(fatima.Id, new Actor(fatima.UserId, "Fatima"), Now));

        var invitation = Assert.Single(evening.Invitations);
        Assert.Equal(InvitationStatus.Registered, invitation.Status);
        Assert.Equal(Now.AddHours(3), invitation.AnsweredAt);
        Assert.Equal(1, evening.RegisteredCount);
        var line = evening.History[^1];
        Assert.Equal((EventChanges.Registered, "Invited", "Registered", samira.Id.ToString(), samira.UserId),
            (line.Event, line.FromStatus, line.ToStatus, line.Detail, line.ActorUserId));
        Assert.Equal(3, evening.History.Count);
    }

    [Fact]
    public void A_full_event_refuses_the_next_registration_until_someone_gives_her_place_up()
    {
        var world = new EventsWorld();
        var evening = world.Plan(capacity: 1);
        var samira = world.Mentee("Samira");
        var fatima = world.Mentee("Fatima");
        var tatiana = world.Mentee("Tatiana");
        evening.Invite(samira, Manager, Now);
        evening.Invite(fatima, Manager, Now);
        evening.Register(samira.Id, Manager, Now);

        Assert.Equal([1], Refused("EventFull", () => evening.Register(fatima.Id, Manager, Now)).Args);
        Refused("EventFull", () => evening.Register(tatiana, Manager, Now));
        Assert.Equal(2, evening.Invitations.Count);
        Assert.Equal(0, evening.PlacesLeft);
        // Inviting more people than there are places is fine: the places go to who registers first.
        Assert.True(evening.Invite(tatiana, Manager, Now));

        Assert.True(evening.Decline(samira.Id, Manager, Now.AddHours(1)));
        Assert.True(evening.Register(fatima.Id, Manager, Now.AddHours(2)));

        Assert.Equal([fatima.Id], evening.Invitations.Where(i => i.Status == InvitationStatus.Registered).Select(i => i.ParticipantId));
        Assert.Equal(0, evening.PlacesLeft);
    }

    [Fact]
    public void A_manager_registers_someone_of_the_programme_not_invited_yet()
    {
        var world = new EventsWorld();
        var training = world.Plan(EventKind.MentorTraining);
        var helena = world.Mentor();

        Assert.True(training.Register(helena, Manager, Now));
        Assert.False(training.Register(helena, Manager, Now.AddHours(1)));

        var invitation = Assert.Single(training.Invitations);
        Assert.Equal((helena.Id, InvitationStatus.Registered), (invitation.ParticipantId, invitation.Status));
        Assert.Equal([EventChanges.Planned, EventChanges.Invited, EventChanges.Registered], training.History.Select(h => h.Event));
    }

    [Fact]
    public void An_invited_participant_declines_and_may_still_change_her_mind_before_the_start()
    {
        var world = new EventsWorld();
        var evening = world.Plan();
        var samira = world.Mentee();
        evening.Invite(samira, Manager, Now);

        Assert.True(evening.Decline(samira.Id, Manager, Now.AddHours(1)));
        Assert.False(evening.Decline(samira.Id, Manager, Now.AddHours(2)));
        Assert.Equal(InvitationStatus.Declined, evening.Invitations[0].Status);
        Assert.Equal((EventChanges.Declined, "Invited", "Declined"), (evening.History[^1].Event, evening.History[^1].FromStatus, evening.History[^1].ToStatus));
        Refused("NotInvited", () => evening.Decline(Guid.NewGuid(), Manager, Now));

        Assert.True(evening.Register(samira.Id, Manager, Now.AddHours(3)));
        Assert.Equal(InvitationStatus.Registered, evening.Invitations[0].Status);
        Assert.Equal("Declined", evening.History[^1].FromStatus);
    }

    [Fact]
    public void Registering_and_declining_are_refused_from_the_start_on()
    {
        var world = new EventsWorld();
        var evening = world.Plan();
        var samira = world.Mentee();
        var fatima = world.Mentee("Fatima");
        evening.Invite(samira, Manager, Now);

        Refused("EventStarted", () => evening.Register(samira.Id, Manager, NextWeek));
        Refused("EventStarted", () => evening.Register(fatima, Manager, NextWeek.AddHours(1)));
        Refused("EventStarted", () => evening.Decline(samira.Id, Manager, NextWeek));

        Assert.Equal(InvitationStatus.Invited, Assert.Single(evening.Invitations).Status);
    }

    [Fact]
    public void Attendance_is_refused_before_the_start_and_recorded_from_it_with_the_events_length_as_hours()
    {
        var world = new EventsWorld();
        var training = world.Plan(EventKind.MentorTraining, minutes: 90);
        var helena = world.Mentor();
        training.Register(helena, Manager, Now);

        Refused("EventNotStarted", () => training.RecordAttendance(helena.Id, true, null, Manager, NextWeek.AddMinutes(-1)));
        Assert.Null(training.Invitations[0].Attended);

        Assert.True(training.RecordAttendance(helena.Id, true, null, Manager, NextWeek));

        Assert.Equal(1.5m, training.LengthHours);
        Assert.Equal((true, 1.5m), (training.Invitations[0].Attended, training.Invitations[0].Hours));
        var line = training.History[^1];
        Assert.Equal((EventChanges.AttendanceRecorded, "Registered", "Registered", $"{helena.Id} attended 1.5h"),
            (line.Event, line.FromStatus, line.ToStatus, line.Detail));
    }

    [Fact]
    public void Hours_attended_are_at_most_the_events_length_and_an_absent_participant_has_none()
    {
        var world = new EventsWorld();
        var training = world.Plan(EventKind.MentorTraining, minutes: 120);
        var helena = world.Mentor();
        var aino = world.Mentor("Aino");
        training.Register(helena, Manager, Now);
        training.Invite(aino, Manager, Now);
        var during = NextWeek.AddMinutes(30);

        Assert.Equal([0, 2m], Invalid("Hours", "HoursRange", () => training.RecordAttendance(helena.Id, true, 2.5m, Manager, during)).Args);
        Invalid("Hours", "HoursRange", () => training.RecordAttendance(helena.Id, true, -1m, Manager, during));
        Invalid("Hours", "HoursPrecision", () => training.RecordAttendance(helena.Id, true, 1.125m, Manager, during));
        Invalid("Hours", "HoursWithoutAttendance", () => training.RecordAttendance(aino.Id, false, 1m, Manager, during));
        Refused("NotInvited", () => training.RecordAttendance(Guid.NewGuid(), true, null, Manager, during));

        Assert.True(training.RecordAttendance(helena.Id, true, 1.25m, Manager, during));
        Assert.True(training.RecordAttendance(aino.Id, false, null, Manager, during));

        Assert.Equal(1.25m, training.Invitations.Single(i => i.ParticipantId == helena.Id).Hours);
        var absent = training.Invitations.Single(i => i.ParticipantId == aino.Id);
        Assert.Equal((false, (decimal?)null), (absent.Attended, absent.Hours));
        Assert.Equal($"{aino.Id} absent", training.History[^1].Detail);
    }

    [Fact]
    public void Recording_attendance_again_corrects_it_and_the_same_record_changes_nothing()
    {
        var world = new EventsWorld();
        var evening = world.Plan();
        var samira = world.Mentee();
        evening.Invite(samira, Manager, Now);
        var after = NextWeek.AddHours(2);

        Assert.True(evening.RecordAttendance(samira.Id, false, null, Manager, after));
        Assert.True(evening.RecordAttendance(samira.Id, true, null, Manager, after.AddDays(1)));
        Assert.False(evening.RecordAttendance(samira.Id, true, 1.5m, Manager, after.AddDays(2)));

        Assert.Equal((true, 1.5m), (evening.Invitations[0].Attended, evening.Invitations[0].Hours));
        Assert.Equal(2, evening.History.Count(h => h.Event == EventChanges.AttendanceRecorded));
    }

    [Fact]
    public void Mentor_training_hours_count_by_theory_and_practice_and_other_events_count_none()
    {
        var world = new EventsWorld();
        var helena = world.Mentor();
        var theory = world.Plan(EventKind.MentorTraining, hoursKind: HoursKind.Theory, minutes: 180);
        var practice = world.Plan(EventKind.MentorTraining, hoursKind: HoursKind.Practice, minutes: 240, startsAt: NextWeek.AddDays(1));
        var laterPractice = world.Plan(EventKind.MentorTraining, hoursKind: HoursKind.Practice, minutes: 60, startsAt: NextWeek.AddDays(14));
        var networking = world.Plan(EventKind.Networking, minutes: 120);
        foreach (var e in new[] { theory, practice, laterPractice, networking })
            e.Register(helena, Manager, Now);
        theory.RecordAttendance(helena.Id, true, null, Manager, NextWeek.AddDays(20));
        practice.RecordAttendance(helena.Id, true, 2.5m, Manager, NextWeek.AddDays(20));
        laterPractice.RecordAttendance(helena.Id, true, null, Manager, NextWeek.AddDays(20));
        networking.RecordAttendance(helena.Id, true, null, Manager, NextWeek.AddDays(20));
        ProgrammeEvent[] events = [theory, practice, laterPractice, networking];

        Assert.Equal(new TrainingHours(3m, 3.5m), ProgrammeEvent.HoursAttended(events, helena.Id));
        Assert.Equal(new TrainingHours(3m, 2.5m), ProgrammeEvent.HoursAttended(events, helena.Id, NextWeek.AddDays(2)));
        Assert.Equal(new TrainingHours(0m, 0m), ProgrammeEvent.HoursAttended(events, world.Mentor("Aino").Id));
    }

    [Fact]
    public void A_mentor_whose_training_events_cover_the_programmes_hours_becomes_ready_to_match()
    {
        var world = new EventsWorld(theoryHours: 2, practiceHours: 4);
        var helena = world.Mentor();
        helena.RecordSafetyChecks(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2), Manager, Now);
        var theory = world.Plan(EventKind.MentorTraining, hoursKind: HoursKind.Theory, minutes: 120);
        var session = TrainingSession.Plan(world.Programme.OrganisationId, world.Programme.Id, "Practice with a mentor", Now.AddDays(-3),
            TrainingKind.Practice, 4, "Office", null);
        theory.Register(helena, Manager, Now);
        session.RecordAttendance(helena, true, Now);
        var after = NextWeek.AddHours(3);

        var before = ProgrammeEvent.HoursAttended([theory], helena.Id, after);
        helena.UpdateReadiness(world.Programme, Sum(before, TrainingSession.HoursAttended([session], helena.Id, after)), Manager, after);
        Assert.Equal(ParticipantStatus.InTraining, helena.Status);

        theory.RecordAttendance(helena.Id, true, null, Manager, after);
        var hours = Sum(ProgrammeEvent.HoursAttended([theory], helena.Id, after), TrainingSession.HoursAttended([session], helena.Id, after));
        helena.UpdateReadiness(world.Programme, hours, Manager, after);

        Assert.Equal(new TrainingHours(2, 4), hours);
        Assert.Equal(ParticipantStatus.ReadyToMatch, helena.Status);
    }

    [Fact]
    public void Every_change_writes_a_history_line_in_order()
    {
        var world = new EventsWorld();
        var evening = world.Plan();
        var samira = world.Mentee();
        var fatima = world.Mentee("Fatima");

        evening.Invite(samira, Manager, Now.AddMinutes(1));
        evening.Register(samira.Id, Manager, Now.AddMinutes(2));
        evening.Register(fatima, Manager, Now.AddMinutes(3));
        evening.Decline(fatima.Id, Manager, Now.AddMinutes(4));
        evening.ChangeDetails("Welcome dinner", null, 30, Manager, Now.AddMinutes(5));
        evening.Reschedule(NextWeek.AddHours(1), 90, "Rua da Ponte 1, Lisboa", null, Manager, Now.AddMinutes(6));
        evening.RecordAttendance(samira.Id, true, null, Manager, NextWeek.AddHours(2));

        Assert.Equal(
            [EventChanges.Planned, EventChanges.Invited, EventChanges.Registered, EventChanges.Invited, EventChanges.Registered,
             EventChanges.Declined, EventChanges.DetailsChanged, EventChanges.Rescheduled, EventChanges.AttendanceRecorded],
            evening.History.Select(h => h.Event));
        Assert.All(evening.History, h => Assert.Equal(Manager.UserId, h.ActorUserId));
    }

    private static TrainingHours Sum(TrainingHours a, TrainingHours b) => new(a.Theory + b.Theory, a.Practice + b.Practice);
}
