using Ponte.Domain.Common;

namespace Ponte.Domain.Events;

public enum EventStatus
{
    Planned = 0,
    Cancelled = 1,
}

/// <summary>The keys of the lines programme events, network events and network registrations write in their history.</summary>
public static class EventChanges
{
    public const string Planned = "EventPlanned";
    public const string Rescheduled = "EventRescheduled";
    public const string DetailsChanged = "EventDetailsChanged";
    public const string Cancelled = "EventCancelled";
    public const string Invited = "EventInvited";
    public const string Registered = "EventRegistered";
    public const string Declined = "EventDeclined";
    public const string AttendanceRecorded = "EventAttendanceRecorded";
    public const string OrganisationAdded = "EventOrganisationAdded";
    public const string OrganisationRemoved = "EventOrganisationRemoved";
}

/// <summary>What every event's title, time and venue must look like, shared by programme and network events.</summary>
internal static class EventRules
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 2000;
    public const int PlaceMax = 300;
    public const int OnlineLinkMax = 500;
    public const int ReasonMax = 1000;
    public const int MinMinutes = 15;
    public const int MaxMinutes = 720;

    public static string Title(string? title) => Guard.Required(title, "Title", TitleMax);

    public static string? Description(string? description) => Guard.Optional(description, "Description", DescriptionMax);

    public static int Minutes(int minutes) => Guard.Range(minutes, "Minutes", MinMinutes, MaxMinutes);

    /// <summary>The start as a UTC instant; one before <paramref name="now"/> is refused.</summary>
    public static DateTimeOffset StartsAt(DateTimeOffset startsAt, DateTimeOffset now)
    {
        var utc = startsAt.ToUniversalTime();
        if (utc < now)
            throw new DomainValidationException("StartsAt", "StartsInPast", "Choose a start that has not passed.");
        if (utc.Year > 2100)
            throw new DomainValidationException("StartsAt", "DateOutOfRange", "Choose a date between the years 2000 and 2100.");
        return utc;
    }

    /// <summary>A place, an online link (absolute http or https), or both; never neither.</summary>
    public static (string? Place, string? OnlineLink) Venue(string? place, string? onlineLink)
    {
        var where = Guard.Optional(place, "Place", PlaceMax);
        var link = Guard.Optional(onlineLink, "OnlineLink", OnlineLinkMax);
        if (where is null && link is null)
            throw new DomainValidationException("Place", "PlaceRequired", "Give a place or an online link.");
        // Only web links: a javascript: or file: link would run or open something on the reader's device.
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0))
            throw new DomainValidationException("OnlineLink", "Url", "Enter a full link starting with https://.");
        return (where, link);
    }

    public static string? Reason(string? reason) => Guard.Optional(reason, "Reason", ReasonMax);

    public static void RequireNotCancelled(EventStatus status)
    {
        if (status == EventStatus.Cancelled)
            throw new DomainException("EventCancelled", "This event has been cancelled.");
    }

    /// <summary>Refuses what may happen only before the start: registering, declining, rescheduling, cancelling.</summary>
    public static void RequireNotStarted(DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (startsAt <= now)
            throw new DomainException("EventStarted", "This event has started already.");
    }

    /// <summary>Refuses attendance before the start, so nobody is counted at an event that has not happened.</summary>
    public static void RequireStarted(DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (startsAt > now)
            throw new DomainException("EventNotStarted", "Attendance can be recorded once the event has started.");
    }
}
