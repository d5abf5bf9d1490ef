using Ponte.Domain.Events;
using Ponte.Domain.Profiles;
using Xunit;
using static Ponte.Domain.Tests.Events.EventsWorld;

namespace Ponte.Domain.Tests.Events;

/// <summary>What the coordinator reads of a network event: numbers per organisation and per country, never a name.</summary>
public sealed class NetworkEventCountsTests
{
    [Fact]
    public void Counts_registrations_per_organisation_and_per_country_with_a_row_for_an_organisation_nobody_registered_from()
    {
        var exchange = PlanNetworkEvent();
        var lisbon = new EventsWorld("PT");
        var porto = new EventsWorld("PT");
        var helsinki = new EventsWorld("FI");
        foreach (var world in new[] { lisbon, porto, helsinki })
            exchange.AddOrganisation(world.Organisation, Coordinator, Now);
        var registrations = new List<NetworkEventRegistration>
        {
            NetworkEventRegistration.Register(exchange, lisbon.Mentee("Samira"), Manager, Now),
            NetworkEventRegistration.Register(exchange, lisbon.Mentee("Fatima"), Manager, Now),
            NetworkEventRegistration.Register(exchange, lisbon.Mentor("Helena"), Manager, Now),
            NetworkEventRegistration.Register(exchange, helsinki.Mentee("Tatiana"), Manager, Now),
            NetworkEventRegistration.Register(exchange, helsinki.Mentor("Aino"), Manager, Now),
        };
        registrations[0].RecordAttendance(exchange, true, Manager, NextWeek);
        registrations[1].RecordAttendance(exchange, false, Manager, NextWeek);
        registrations[2].RecordAttendance(exchange, true, Manager, NextWeek);
        registrations[3].RecordAttendance(exchange, true, Manager, NextWeek);

        var counts = NetworkEventCounts.Count(exchange, registrations.Select(r => (r.OrganisationId, r.Attended, r.Role)), new Dictionary<Guid, string>());

        Assert.Equal(exchange.Id, counts.NetworkEventId);
        Assert.True(counts.IsCrossBorder);
        Assert.Equal((5, 3, 3, 2), (counts.Registered, counts.Attended, counts.Mentees, counts.Mentors));
        Assert.Equal(new OrganisationEventCount(helsinki.Organisation.Id, "FI", 2, 1, 1, 1), counts.Organisations[0]);
        Assert.Equal(new OrganisationEventCount(lisbon.Organisation.Id, "PT", 3, 2, 2, 1), counts.Organisations.Single(o => o.OrganisationId == lisbon.Organisation.Id));
        Assert.Equal(new OrganisationEventCount(porto.Organisation.Id, "PT", 0, 0, 0, 0), counts.Organisations.Single(o => o.OrganisationId == porto.Organisation.Id));
        Assert.Equal(["FI", "PT", "PT"], counts.Organisations.Select(o => o.CountryCode));
        Assert.Equal(
            [new CountryEventCount("FI", 1, 2, 1, 1, 1), new CountryEventCount("PT", 2, 3, 2, 2, 1)],
            counts.Countries);
    }

    [Fact]
    public void An_organisations_country_is_the_one_the_event_recorded_and_the_dictionary_gives_it_for_any_other()
    {
        var exchange = PlanNetworkEvent();
        var lisbon = new EventsWorld("PT");
        exchange.AddOrganisation(lisbon.Organisation, Coordinator, Now);
        var gone = Guid.NewGuid();
        var countries = new Dictionary<Guid, string> { [lisbon.Organisation.Id] = "ES", [gone] = " ee " };

        var counts = NetworkEventCounts.Count(exchange,
            [(lisbon.Organisation.Id, null, ParticipantRole.Mentee), (gone, true, ParticipantRole.Mentor)], countries);

        Assert.Equal(["EE", "PT"], counts.Countries.Select(c => c.CountryCode));
        Assert.Equal(new OrganisationEventCount(gone, "EE", 1, 1, 0, 1), counts.Organisations[0]);
        // The flag is the event's: the organisation that no longer takes part does not make it cross-border.
        Assert.False(counts.IsCrossBorder);
    }

    [Fact]
    public void A_registration_of_an_organisation_of_no_known_country_is_a_callers_mistake()
    {
        var exchange = PlanNetworkEvent();
        var unknown = Guid.NewGuid();

        var refused = Assert.Throws<ArgumentException>(() =>
            NetworkEventCounts.Count(exchange, [(unknown, null, ParticipantRole.Mentee)], new Dictionary<Guid, string>()));

        Assert.Contains(unknown.ToString(), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_without_organisations_counts_nothing()
    {
        var counts = NetworkEventCounts.Count(PlanNetworkEvent(), [], new Dictionary<Guid, string>());

        Assert.Empty(counts.Organisations);
        Assert.Empty(counts.Countries);
        Assert.Equal((0, 0, 0, 0), (counts.Registered, counts.Attended, counts.Mentees, counts.Mentors));
    }

    [Fact]
    public void The_counts_carry_no_person_only_ids_of_organisations_country_codes_and_numbers()
    {
        Type[] allowed = [typeof(Guid), typeof(bool), typeof(int), typeof(IReadOnlyList<OrganisationEventCount>), typeof(IReadOnlyList<CountryEventCount>)];

        foreach (var type in new[] { typeof(NetworkEventCounts), typeof(OrganisationEventCount), typeof(CountryEventCount) })
        {
            foreach (var property in type.GetProperties().Where(p => p.Name != "EqualityContract"))
            {
                Assert.True(allowed.Contains(property.PropertyType) || (property.Name == "CountryCode" && property.PropertyType == typeof(string)),
                    $"{type.Name}.{property.Name} could carry something about a person.");
            }
        }

        var parameters = typeof(NetworkEventCounts).GetMethod(nameof(NetworkEventCounts.Count))!.GetParameters();
        Assert.Equal([typeof(NetworkEvent), typeof(IEnumerable<(Guid, bool?, ParticipantRole)>), typeof(IReadOnlyDictionary<Guid, string>)],
            parameters.Select(p => p.ParameterType));
    }
}
