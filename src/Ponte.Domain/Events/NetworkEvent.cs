using System.Globalization;
using Ponte.Domain.Common;
using Ponte.Domain.Organisations;

namespace Ponte.Domain.Events;

/// <summary>A partner organisation taking part in a network event, with its country as it was when it joined.</summary>
public sealed class NetworkEventOrganisation
{
    private NetworkEventOrganisation()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; private set; } = string.Empty;

    public DateTimeOffset AddedAt { get; private set; }

    internal static NetworkEventOrganisation Of(Organisation organisation, DateTimeOffset now) => new()
    {
        OrganisationId = organisation.Id,
        CountryCode = organisation.CountryCode,
        AddedAt = now,
    };
}

/// <summary>
/// An event the network coordinator runs for several partner organisations. It belongs to the
/// network, not to one organisation, so it holds no people: each organisation's registrations are
/// <see cref="NetworkEventRegistration"/>s of its own.
/// </summary>
public sealed class NetworkEvent : VersionedEntity
{
    public const int TitleMax = EventRules.TitleMax;
    public const int DescriptionMax = EventRules.DescriptionMax;
    public const int PlaceMax = EventRules.PlaceMax;
    public const int OnlineLinkMax = EventRules.OnlineLinkMax;
    public const int ReasonMax = EventRules.ReasonMax;
    public const int MinMinutes = EventRules.MinMinutes;
    public const int MaxMinutes = EventRules.MaxMinutes;

    private readonly List<NetworkEventOrganisation> _organisations = [];
    private readonly List<StatusChange> _history = [];

    private NetworkEvent()
    {
    }

    public EventStatus Status { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    /// <summary>UTC.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public int Minutes { get; private set; }

    public string? Place { get; private set; }

    public string? OnlineLink { get; private set; }

    public string? CancelReason { get; private set; }

    public IReadOnlyList<NetworkEventOrganisation> Organisations => _organisations;

    /// <summary>Oldest first, by time then id; lines about an organisation carry its id as their detail.</summary>
    public IReadOnlyList<StatusChange> History => _history.OrderBy(h => h.At).ThenBy(h => h.Id == 0 ? int.MaxValue : h.Id).ToList();

    /// <summary>The distinct countries of the organisations taking part, in code order.</summary>
    public IReadOnlyList<string> Countries => _organisations.Select(o => o.CountryCode).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Organisations of at least two countries take part: what funders count as a joint cross-border action.</summary>
    public bool IsCrossBorder => Countries.Count >= 2;

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);

    public static NetworkEvent Plan(
        string? title,
        string? description,
        DateTimeOffset startsAt,
        int minutes,
        string? place,
        string? onlineLink,
        Actor coordinator,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        var (where, link) = EventRules.Venue(place, onlineLink);
        var planned = new NetworkEvent
        {
            Status = EventStatus.Planned,
            Title = EventRules.Title(title),
            Description = EventRules.Description(description),
            StartsAt = EventRules.StartsAt(startsAt, now),
            Minutes = EventRules.Minutes(minutes),
            Place = where,
            OnlineLink = link,
        };
        planned._history.Add(StatusChange.Record(now, coordinator, EventChanges.Planned, null, nameof(EventStatus.Planned)));
        return planned;
    }

    public bool HasStarted(DateTimeOffset now) => StartsAt <= now;

    public bool IsTakingPart(Guid organisationId) => _organisations.Exists(o => o.OrganisationId == organisationId);

    /// <summary>The country an organisation taking part was recorded with; null for one not taking part.</summary>
    public string? CountryOf(Guid organisationId) => _organisations.Find(o => o.OrganisationId == organisationId)?.CountryCode;

    /// <summary>Moves the event before it starts; returns false when nothing changed.</summary>
    public bool Reschedule(DateTimeOffset startsAt, int minutes, string? place, string? onlineLink, Actor coordinator, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        RequireOpenBeforeStart(now);
        var start = EventRules.StartsAt(startsAt, now);
        var length = EventRules.Minutes(minutes);
        var (where, link) = EventRules.Venue(place, onlineLink);
        if (start == StartsAt && length == Minutes && where == Place && link == OnlineLink)
            return false;

        StartsAt = start;
        Minutes = length;
        Place = where;
        OnlineLink = link;
        Note(EventChanges.Rescheduled, coordinator, now, start.ToString("O", CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Cancels the event before it starts; a cancelled event refuses everything after, registrations included.</summary>
    public void Cancel(string? reason, Actor coordinator, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        RequireOpenBeforeStart(now);
        var why = EventRules.Reason(reason);

        CancelReason = why;
        _history.Add(StatusChange.Record(now, coordinator, EventChanges.Cancelled, Status.ToString(), nameof(EventStatus.Cancelled), why));
        Status = EventStatus.Cancelled;
    }

    /// <summary>An organisation takes part, with its country; returns false when it takes part already.</summary>
    public bool AddOrganisation(Organisation organisation, Actor coordinator, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(coordinator);
        EventRules.RequireNotCancelled(Status);
        if (IsTakingPart(organisation.Id))
            return false;

        _organisations.Add(NetworkEventOrganisation.Of(organisation, now));
        Note(EventChanges.OrganisationAdded, coordinator, now, $"{organisation.Id} {organisation.CountryCode}");
        return true;
    }

    /// <summary>
    /// An organisation no longer takes part. <paramref name="registrations"/> is how many
    /// <see cref="NetworkEventRegistration"/>s of this event the organisation has (the caller counts
    /// them; the event never holds them): any refuses. Returns false when it was not taking part.
    /// </summary>
    public bool RemoveOrganisation(Guid organisationId, int registrations, Actor coordinator, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(registrations);
        ArgumentNullException.ThrowIfNull(coordinator);
        EventRules.RequireNotCancelled(Status);
        var taking = _organisations.Find(o => o.OrganisationId == organisationId);
        if (taking is null)
            return false;
        if (registrations > 0)
            throw new DomainException("HasRegistrations", "People of this organisation have registered for the event.", registrations);

        _organisations.Remove(taking);
        Note(EventChanges.OrganisationRemoved, coordinator, now, $"{taking.OrganisationId} {taking.CountryCode}");
        return true;
    }

    private void RequireOpenBeforeStart(DateTimeOffset now)
    {
        EventRules.RequireNotCancelled(Status);
        EventRules.RequireNotStarted(StartsAt, now);
    }

    private void Note(string @event, Actor actor, DateTimeOffset now, string? detail) =>
        _history.Add(StatusChange.Record(now, actor, @event, Status.ToString(), Status.ToString(), detail));
}
