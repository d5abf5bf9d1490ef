using Ponte.Domain.Profiles;

namespace Ponte.Domain.Events;

/// <summary>One organisation's people at a network event: registered, of whom attended, mentees and mentors registered.</summary>
public sealed record OrganisationEventCount(Guid OrganisationId, string CountryCode, int Registered, int Attended, int Mentees, int Mentors);

/// <summary>One country's organisations and people at a network event.</summary>
public sealed record CountryEventCount(string CountryCode, int Organisations, int Registered, int Attended, int Mentees, int Mentors);

/// <summary>What the coordinator sees of a network event: counts per organisation and per country, never a person.</summary>
public sealed record NetworkEventCounts(
    Guid NetworkEventId,
    bool IsCrossBorder,
    IReadOnlyList<OrganisationEventCount> Organisations,
    IReadOnlyList<CountryEventCount> Countries,
    int Registered,
    int Attended,
    int Mentees,
    int Mentors)
{
    /// <summary>
    /// Counts the registrations of <paramref name="networkEvent"/>, taking only each one's
    /// organisation, attendance and role: nothing that names anyone. Every organisation taking part
    /// has a row, with none registered if so. An organisation's country is the one the event
    /// recorded when it joined (so the rows agree with <see cref="NetworkEvent.IsCrossBorder"/>);
    /// <paramref name="countryOfOrganisation"/> gives it for organisations with registrations that
    /// no longer take part.
    /// </summary>
    public static NetworkEventCounts Count(
        NetworkEvent networkEvent,
        IEnumerable<(Guid OrganisationId, bool? Attended, ParticipantRole Role)> registrations,
        IReadOnlyDictionary<Guid, string> countryOfOrganisation)
    {
        ArgumentNullException.ThrowIfNull(networkEvent);
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(countryOfOrganisation);

        var byOrganisation = networkEvent.Organisations.ToDictionary(o => o.OrganisationId, _ => new Tally());
        foreach (var (organisationId, attended, role) in registrations)
        {
            if (!byOrganisation.TryGetValue(organisationId, out var tally))
                byOrganisation[organisationId] = tally = new Tally();
            tally.Add(attended, role);
        }

        var organisations = byOrganisation
            .Select(o => new OrganisationEventCount(o.Key, CountryOf(networkEvent, countryOfOrganisation, o.Key),
                o.Value.Registered, o.Value.Attended, o.Value.Mentees, o.Value.Mentors))
            .OrderBy(o => o.CountryCode, StringComparer.Ordinal)
            .ThenBy(o => o.OrganisationId)
            .ToList();
        var countries = organisations
            .GroupBy(o => o.CountryCode, StringComparer.Ordinal)
            .Select(g => new CountryEventCount(g.Key, g.Count(), g.Sum(o => o.Registered), g.Sum(o => o.Attended), g.Sum(o => o.Mentees), g.Sum(o => o.Mentors)))
            .ToList();

        return new NetworkEventCounts(
            networkEvent.Id,
            networkEvent.IsCrossBorder,
            organisations,
            countries,
            organisations.Sum(o => o.Registered),
            organisations.Sum(o => o.Attended),
            organisations.Sum(o => o.Mentees),
            organisations.Sum(o => o.Mentors));
    }

    private static string CountryOf(NetworkEvent networkEvent, IReadOnlyDictionary<Guid, string> countryOfOrganisation, Guid organisationId)
    {
        if (networkEvent.CountryOf(organisationId) is { } recorded)
            return recorded;
        if (countryOfOrganisation.TryGetValue(organisationId, out var country) && !string.IsNullOrWhiteSpace(country))
            return country.Trim().ToUpperInvariant();
        throw new ArgumentException($"No country is known for organisation {organisationId}.", nameof(countryOfOrganisation));
    }

    private sealed class Tally
    {
        public int Registered { get; private set; }

        public int Attended { get; private set; }

        public int Mentees { get; private set; }

        public int Mentors { get; private set; }

        public void Add(bool? attended, ParticipantRole role)
        {
            Registered++;
            if (attended == true)
                Attended++;
            if (role == ParticipantRole.Mentor)
                Mentors++;
            else
                Mentees++;
        }
    }
}
