using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Profiles;
using Xunit;
using static Ponte.Domain.Tests.Events.EventsWorld;

namespace Ponte.Domain.Tests.Events;

/// <summary>The coordinator's events for the whole network: which organisations take part, from which countries, and who of theirs registered.</summary>
public sealed class NetworkEventTests
{
    [Fact]
    public void A_network_event_belongs_to_the_network_not_to_an_organisation()
    {
        var exchange = NetworkEvent.Plan(" Exchange ", null, new DateTimeOffset(2026, 12, 14, 12, 0, 0, TimeSpan.FromHours(2)), 120,
            "Lisboa", null, Coordinator, Now);

        Assert.IsNotAssignableFrom<IOrganisationOwned>(exchange);
        Assert.Equal("Exchange", exchange.Title);
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 10, 0, 0, TimeSpan.Zero), exchange.StartsAt);
        Assert.Equal(TimeSpan.Zero, exchange.StartsAt.Offset);
        Assert.Equal(EventStatus.Planned, exchange.Status);
        Assert.Empty(exchange.Organisations);
        Assert.Empty(exchange.Countries);
        Assert.False(exchange.IsCrossBorder);
        var line = Assert.Single(exchange.History);
        Assert.Equal((EventChanges.Planned, "Planned", Coordinator.UserId), (line.Event, line.ToStatus, line.ActorUserId));
    }

    [Fact]
    public void Planning_a_network_event_follows_the_same_rules_as_a_programme_event()
    {
        NetworkEvent Plan(string? title = "Exchange", DateTimeOffset? startsAt = null, int minutes = 60, string? place = "Lisboa", string? link = null) =>
            NetworkEvent.Plan(title, null, startsAt ?? NextWeek, minutes, place, link, Coordinator, Now);

        Invalid("Title", "Required", () => Plan(title: null));
        Invalid("StartsAt", "StartsInPast", () => Plan(startsAt: Now.AddSeconds(-1)));
        Invalid("Minutes", "Range", () => Plan(minutes: 10));
        Invalid("Place", "PlaceRequired", () => Plan(place: null));
        Invalid("OnlineLink", "Url", () => Plan(link: "javascript:alert(1)"));
        Invalid("Description", "MaxLength", () => NetworkEvent.Plan("Exchange", new string('d', 2001), NextWeek, 60, "Lisboa", null, Coordinator, Now));

        Assert.Equal("https://meet.example.org/ponte", PlanNetworkEvent().OnlineLink);
    }

    [Fact]
    public void Organisations_take_part_with_their_country_and_adding_one_twice_changes_nothing()
    {
        var lisbon = new EventsWorld("pt");
        var exchange = PlanNetworkEvent();

        Assert.True(exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now));
        Assert.False(exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now.AddHours(1)));

        var taking = Assert.Single(exchange.Organisations);
        Assert.Equal((lisbon.Organisation.Id, "PT", Now), (taking.OrganisationId, taking.CountryCode, taking.AddedAt));
        Assert.True(exchange.IsTakingPart(lisbon.Organisation.Id));
        Assert.Equal("PT", exchange.CountryOf(lisbon.Organisation.Id));
        Assert.Null(exchange.CountryOf(Guid.NewGuid()));
        Assert.Equal([EventChanges.Planned, EventChanges.OrganisationAdded], exchange.History.Select(h => h.Event));
        Assert.Equal($"{lisbon.Organisation.Id} PT", exchange.History[^1].Detail);
    }

    [Fact]
    public void An_event_is_cross_border_when_its_organisations_come_from_at_least_two_countries()
    {
        var exchange = PlanNetworkEvent();
        var lisbon = new EventsWorld("PT");
        var porto = new EventsWorld("PT");
        var helsinki = new EventsWorld("FI");

        exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now);
        exchange.AddOrganisation(porto.Organisation, Coordinator, Now);
        Assert.Equal(["PT"], exchange.Countries);
        Assert.False(exchange.IsCrossBorder);

        exchange.AddOrganisation(helsinki.Organisation, Coordinator, Now);
        Assert.Equal(["FI", "PT"], exchange.Countries);
        Assert.True(exchange.IsCrossBorder);

        exchange.RemoveOrganisation(helsinki.Organisation.Id, 0, Coordinator, Now);
        Assert.False(exchange.IsCrossBorder);
    }

    [Fact]
    public void An_organisation_with_registrations_cannot_be_removed_and_one_without_can()
    {
        var exchange = PlanNetworkEvent();
        var lisbon = new EventsWorld("PT");
        exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now);

        Assert.Equal([2], Refused("HasRegistrations", () => exchange.RemoveOrganisation(lisbon.Organisation.Id, 2, Coordinator, Now)).Args);
        Assert.True(exchange.IsTakingPart(lisbon.Organisation.Id));

        Assert.True(exchange.RemoveOrganisation(lisbon.Organisation.Id, 0, Coordinator, Now.AddHours(1)));
        Assert.False(exchange.RemoveOrganisation(lisbon.Organisation.Id, 0, Coordinator, Now.AddHours(2)));

        Assert.Empty(exchange.Organisations);
        Assert.Equal((EventChanges.OrganisationRemoved, $"{lisbon.Organisation.Id} PT"), (exchange.History[^1].Event, exchange.History[^1].Detail));
        Assert.Equal(3, exchange.History.Count);
    }

    [Fact]
    public void A_network_event_is_rescheduled_before_it_starts_and_cancelled_refuses_everything()
    {
        var exchange = PlanNetworkEvent();
        var lisbon = new EventsWorld("PT");
        exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now);
        var samira = lisbon.Mentee();

        Assert.True(exchange.Reschedule(NextWeek.AddDays(1), 90, "Lisboa", null, Coordinator, Now));
        Assert.False(exchange.Reschedule(NextWeek.AddDays(1), 90, "Lisboa", null, Coordinator, Now));
        Assert.Equal((NextWeek.AddDays(1), 90, "Lisboa", (string?)null), (exchange.StartsAt, exchange.Minutes, exchange.Place, exchange.OnlineLink));
        Refused("EventStarted", () => exchange.Reschedule(NextWeek.AddDays(9), 90, "Lisboa", null, Coordinator, NextWeek.AddDays(1)));
        Refused("EventStarted", () => exchange.Cancel(null, Coordinator, NextWeek.AddDays(1)));

        exchange.Cancel("Strike", Coordinator, Now.AddDays(1));

        Assert.Equal((EventStatus.Cancelled, "Strike"), (exchange.Status, exchange.CancelReason));
        Refused("EventCancelled", () => exchange.Cancel(null, Coordinator, Now.AddDays(1)));
        Refused("EventCancelled", () => exchange.Reschedule(NextWeek.AddDays(2), 90, "Lisboa", null, Coordinator, Now.AddDays(1)));
        Refused("EventCancelled", () => exchange.AddOrganisation(new EventsWorld("FI").Organisation, Coordinator, Now.AddDays(1)));
        Refused("EventCancelled", () => exchange.RemoveOrganisation(lisbon.Organisation.Id, 0, Coordinator, Now.AddDays(1)));
        Refused("EventCancelled", () => NetworkEventRegistration.Register(exchange, samira, Manager, Now.AddDays(1)));
        Assert.Equal(
            [EventChanges.Planned, EventChanges.OrganisationAdded, EventChanges.Rescheduled, EventChanges.Cancelled],
            exchange.History.Select(h => h.Event));
    }

    [Fact]
    public void A_participant_of_an_organisation_taking_part_registers_in_a_record_of_her_own_organisation()
    {
        var exchange = PlanNetworkEvent();
        var lisbon = new EventsWorld("PT");
        exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now);
        var helena = lisbon.Mentor();

        var registration = NetworkEventRegistration.Register(exchange, helena, Manager, Now.AddHours(1));

        Assert.IsAssignableFrom<IOrganisationOwned>(registration);
        Assert.Equal(exchange.Id, registration.NetworkEventId);
        Assert.Equal(lisbon.Organisation.Id, registration.OrganisationId);
        Assert.Equal(helena.Id, registration.ParticipantId);
        Assert.Equal(ParticipantRole.Mentor, registration.Role);
        Assert.Equal(Now.AddHours(1), registration.RegisteredAt);
        Assert.Null(registration.Attended);
        var line = Assert.Single(registration.History);
        Assert.Equal((EventChanges.Registered, (string?)null, "Registered", Manager.UserId), (line.Event, line.FromStatus, line.ToStatus, line.ActorUserId));
    }

    [Fact]
    public void Registration_is_refused_for_an_organisation_not_taking_part_an_inactive_participant_or_after_the_start()
    {
        var exchange = PlanNetworkEvent();
        var lisbon = new EventsWorld("PT");
        var helsinki = new EventsWorld("FI");
        exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now);
        var fatima = lisbon.Mentee("Fatima");
        fatima.Withdraw(null, Manager, Now);

        Refused("OrganisationNotTakingPart", () => NetworkEventRegistration.Register(exchange, helsinki.Mentee("Aino"), Manager, Now));
        Refused("ParticipantInactive", () => NetworkEventRegistration.Register(exchange, fatima, Manager, Now));
        Refused("EventStarted", () => NetworkEventRegistration.Register(exchange, lisbon.Mentee(), Manager, NextWeek));
    }

    [Fact]
    public void Attendance_at_a_network_event_is_recorded_from_its_start_on_this_registrations_own_event()
    {
        var exchange = PlanNetworkEvent();
        var other = PlanNetworkEvent();
        var lisbon = new EventsWorld("PT");
        exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now);
        var registration = NetworkEventRegistration.Register(exchange, lisbon.Mentee(), Manager, Now);

        Refused("EventNotStarted", () => registration.RecordAttendance(exchange, true, Manager, NextWeek.AddMinutes(-1)));
        Refused("EventMismatch", () => registration.RecordAttendance(other, true, Manager, NextWeek));
        Assert.Null(registration.Attended);

        Assert.True(registration.RecordAttendance(exchange, false, Manager, NextWeek));
        Assert.True(registration.RecordAttendance(exchange, true, Manager, NextWeek.AddHours(1)));
        Assert.False(registration.RecordAttendance(exchange, true, Manager, NextWeek.AddHours(2)));

        Assert.True(registration.Attended);
        Assert.Equal(["absent", "attended"], registration.History.Where(h => h.Event == EventChanges.AttendanceRecorded).Select(h => h.Detail));
    }

    [Fact]
    public void Attendance_is_refused_on_a_cancelled_network_event()
    {
        var exchange = PlanNetworkEvent();
        var lisbon = new EventsWorld("PT");
        exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now);
        var registration = NetworkEventRegistration.Register(exchange, lisbon.Mentee(), Manager, Now);
        exchange.Cancel(null, Coordinator, Now.AddHours(1));

        Refused("EventCancelled", () => registration.RecordAttendance(exchange, true, Manager, NextWeek.AddHours(1)));

        Assert.Null(registration.Attended);
    }
}
