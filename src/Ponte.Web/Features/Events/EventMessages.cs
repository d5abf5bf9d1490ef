using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Http;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Events;

/// <summary>
/// The emails events send, each in the person's language with the time in her organisation's
/// zone and a calendar entry (one UID per event, its sequence rising with every move and the
/// cancellation, so each replaces the last in her calendar): an invitation, a registration made
/// for her, a move, a cancellation.
/// </summary>
public sealed class EventMessages(Notifier notifier, PublicUrl url)
{
    public const string Invitation = "Event.Invitation";
    public const string Registered = "Event.Registered";
    public const string Rescheduled = "Event.Rescheduled";
    public const string Cancelled = "Event.Cancelled";

    /// <summary>Where a participant answers her invitations and sees her events.</summary>
    public const string MinePath = "/Events/Mine";

    /// <summary>Tells the participants (of the event's organisation) about a programme event.</summary>
    public async Task TellAsync(AppDbContext db, ProgrammeEvent programmeEvent, IEnumerable<Guid> participantIds, string template, string by, CancellationToken ct)
    {
        var ids = participantIds.Distinct().ToList();
        if (ids.Count == 0)
            return;
        var zone = await db.Organisations.Where(o => o.Id == programmeEvent.OrganisationId).Select(o => o.TimeZone).SingleAsync(ct);
        var calendar = Calendar(programmeEvent, zone);
        foreach (var person in await PeopleAsync(db, ids, ct))
            await QueueAsync(db, person, template, programmeEvent.Title, programmeEvent.StartsAt, programmeEvent.Minutes, Where(programmeEvent.Place, programmeEvent.OnlineLink), zone, by, calendar, ct);
    }

    /// <summary>Tells one organisation's participants about a network event they are registered for, in their organisation's zone.</summary>
    public async Task TellAsync(AppDbContext db, NetworkEvent networkEvent, Guid organisationId, IEnumerable<Guid> participantIds, string template, string by, CancellationToken ct)
    {
        var ids = participantIds.Distinct().ToList();
        if (ids.Count == 0)
            return;
        var zone = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.TimeZone).SingleAsync(ct);
        var calendar = Calendar(networkEvent, zone);
        foreach (var person in await PeopleAsync(db, ids, ct))
            await QueueAsync(db, person, template, networkEvent.Title, networkEvent.StartsAt, networkEvent.Minutes, Where(networkEvent.Place, networkEvent.OnlineLink), zone, by, calendar, ct);
    }

    /// <summary>Everyone invited who has not declined: those who may have the event in their calendar.</summary>
    public static IEnumerable<Guid> NotDeclined(ProgrammeEvent programmeEvent) =>
        programmeEvent.Invitations.Where(i => i.Status != InvitationStatus.Declined).Select(i => i.ParticipantId);

    public static CalendarInvitation Calendar(ProgrammeEvent e, string? zone) => new(
        Uid: $"programme-event-{e.Id}@ponte",
        Sequence: Sequence(e.History, e.Status),
        Start: e.StartsAt,
        Length: TimeSpan.FromMinutes(e.Minutes),
        Zone: LocalTime.Resolve(zone),
        Summary: e.Title,
        Location: e.Place ?? e.OnlineLink,
        Url: e.OnlineLink,
        Cancelled: e.Status == EventStatus.Cancelled);

    public static CalendarInvitation Calendar(NetworkEvent e, string? zone) => new(
        Uid: $"network-event-{e.Id}@ponte",
        Sequence: Sequence(e.History, e.Status),
        Start: e.StartsAt,
        Length: TimeSpan.FromMinutes(e.Minutes),
        Zone: LocalTime.Resolve(zone),
        Summary: e.Title,
        Location: e.Place ?? e.OnlineLink,
        Url: e.OnlineLink,
        Cancelled: e.Status == EventStatus.Cancelled);

    /// <summary>The place and the online link, whichever the event has.</summary>
    public static string Where(string? place, string? onlineLink) =>
        string.Join(" — ", new[] { place, onlineLink }.Where(x => x is not null));

    /// <summary>Every move and the cancellation raise it, so a calendar takes the newest.</summary>
    private static int Sequence(IEnumerable<Ponte.Domain.Common.StatusChange> history, EventStatus status) =>
        history.Count(h => h.Event == EventChanges.Rescheduled) + (status == EventStatus.Cancelled ? 1 : 0);

    private sealed record Person(string Email, string Name, string? Language, Guid OrganisationId);

    private static async Task<List<Person>> PeopleAsync(AppDbContext db, List<Guid> ids, CancellationToken ct) =>
        await db.Participants.Where(p => ids.Contains(p.Id))
            .Select(p => new Person(p.Profile.Email, p.Profile.FullName, p.Profile.PreferredLanguage, p.OrganisationId))
            .ToListAsync(ct);

    private Task QueueAsync(AppDbContext db, Person person, string template, string title, DateTimeOffset startsAt, int minutes, string where, string? zone, string by, CalendarInvitation calendar, CancellationToken ct) =>
        notifier.QueueAsync(db, new Recipient(person.Email, person.Name, person.Language, person.OrganisationId), template,
            [person.Name, title, new MailTime(startsAt, zone), where, by, url.To(MinePath), minutes], calendar, ct);
}
