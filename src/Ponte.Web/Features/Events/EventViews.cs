using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Profiles;

namespace Ponte.Web.Features.Events;

public sealed record InvitationView(
    Guid ParticipantId, string Name, ParticipantRole Role, InvitationStatus Status, DateTimeOffset InvitedAt, DateTimeOffset? AnsweredAt, bool? Attended, decimal? Hours);

/// <summary>A programme event as the caller may read it: staff see everyone invited, a participant only her own invitation.</summary>
public sealed record ProgrammeEventView(
    Guid Id, Guid ProgrammeId, string Programme, EventKind Kind, EventStatus Status, string Title, string? Description,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Minutes, string? Place, string? OnlineLink,
    int? Capacity, int Registered, int? PlacesLeft, HoursKind? HoursKind, decimal LengthHours, string? CancelReason, bool Started,
    IReadOnlyList<InvitationView> Invitations, Guid Version);

public sealed record ProgrammeEventSummary(
    Guid Id, Guid ProgrammeId, string Programme, EventKind Kind, EventStatus Status, string Title, DateTimeOffset StartsAt, int Minutes,
    string? Place, string? OnlineLink, int? Capacity, int Registered, bool Started);

public sealed record ProgrammeEventPage(IReadOnlyList<ProgrammeEventSummary> Items, int Page, int PageSize, int Total, int Pages);

/// <summary>A mentor's or mentee's own invitation: the event and her answer, nobody else's.</summary>
public sealed record MyInvitationView(
    Guid EventId, string Programme, EventKind Kind, EventStatus EventStatus, string Title, string? Description, DateTimeOffset StartsAt, int Minutes,
    string? Place, string? OnlineLink, string? CancelReason, int? PlacesLeft, bool Started, InvitationStatus Status, bool? Attended, decimal? Hours);

/// <summary>A network event her organisation registered her for.</summary>
public sealed record MyNetworkEventView(
    Guid EventId, EventStatus EventStatus, string Title, string? Description, DateTimeOffset StartsAt, int Minutes, string? Place, string? OnlineLink,
    string? CancelReason, bool Started, bool? Attended);

public sealed record MyEventsView(IReadOnlyList<MyInvitationView> Invitations, IReadOnlyList<MyNetworkEventView> NetworkEvents);

public sealed record TakingPartView(Guid OrganisationId, string Name, string CountryCode, DateTimeOffset AddedAt);

public sealed record OrganisationCountView(Guid OrganisationId, string Name, string CountryCode, int Registered, int Attended, int Mentees, int Mentors);

public sealed record CountryCountView(string CountryCode, int Organisations, int Registered, int Attended, int Mentees, int Mentors);

/// <summary>The coordinator's counts of a network event: per organisation, per country and in all; never a person.</summary>
public sealed record NetworkCountsView(
    IReadOnlyList<OrganisationCountView> Organisations, IReadOnlyList<CountryCountView> Countries, int Registered, int Attended, int Mentees, int Mentors);

/// <summary>A network event: the counts only for the coordinator; a manager reads her own people through the registrations.</summary>
public sealed record NetworkEventView(
    Guid Id, EventStatus Status, string Title, string? Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Minutes,
    string? Place, string? OnlineLink, string? CancelReason, bool Started, bool IsCrossBorder, IReadOnlyList<string> Countries,
    IReadOnlyList<TakingPartView> Organisations, NetworkCountsView? Counts, Guid Version);

/// <summary>One row of a list of network events; <paramref name="Registered"/> counts the network's people for the coordinator, her own organisation's for a manager.</summary>
public sealed record NetworkEventSummary(
    Guid Id, EventStatus Status, string Title, DateTimeOffset StartsAt, int Minutes, string? Place, string? OnlineLink,
    int Organisations, IReadOnlyList<string> Countries, bool IsCrossBorder, int Registered, bool Started);

public sealed record NetworkEventPage(IReadOnlyList<NetworkEventSummary> Items, int Page, int PageSize, int Total, int Pages);

/// <summary>One of a manager's own people registered for a network event.</summary>
public sealed record NetworkRegistrationView(Guid Id, Guid ParticipantId, string Name, ParticipantRole Role, DateTimeOffset RegisteredAt, bool? Attended);

/// <summary>Reading events for the pages and the API alike, each caller seeing only what <see cref="EventAccess"/> lets her.</summary>
public static class EventViews
{
    public const int PageSize = 25;
    public const string Upcoming = "upcoming";
    public const string Past = "past";

    /// <summary>upcoming, past or nothing; anything else is refused.</summary>
    public static string? When(string? when) =>
        when is null or Upcoming or Past ? when : throw new DomainValidationException("When", "Invalid", "Use upcoming or past.");

    public static async Task<ProgrammeEventView> ViewAsync(AppDbContext db, ProgrammeEvent e, EventAccess access, DateTimeOffset now, CancellationToken ct)
    {
        var programme = await db.Programmes.Where(p => p.Id == e.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var shown = access.IsStaff
            ? e.Invitations.ToList()
            : e.Invitations.Where(i => i.ParticipantId == access.ParticipantId).ToList();
        var ids = shown.Select(i => i.ParticipantId).ToList();
        var names = await db.Participants.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.FullName, ct);
        var invitations = shown
            .Select(i => new InvitationView(i.ParticipantId, names.GetValueOrDefault(i.ParticipantId, string.Empty), i.Role, i.Status, i.InvitedAt, i.AnsweredAt, i.Attended, i.Hours))
            .OrderBy(i => i.Status == InvitationStatus.Registered ? 0 : i.Status == InvitationStatus.Invited ? 1 : 2)
            .ThenBy(i => i.Name, StringComparer.CurrentCulture)
            .ToList();
        return new ProgrammeEventView(
            e.Id, e.ProgrammeId, programme, e.Kind, e.Status, e.Title, e.Description, e.StartsAt, e.EndsAt, e.Minutes, e.Place, e.OnlineLink,
            e.Capacity, e.RegisteredCount, e.PlacesLeft, e.HoursKind, e.LengthHours, e.CancelReason, e.HasStarted(now), invitations, e.Version);
    }

    /// <summary>The organisation's programme events (staff only), soonest first for upcoming, newest first otherwise.</summary>
    public static async Task<Paged<ProgrammeEventSummary>> ListAsync(
        AppDbContext db, EventAccess access, Guid? programmeId, string? when, int page, DateTimeOffset now, CancellationToken ct)
    {
        var query = from e in access.ProgrammeEvents()
                    join p in db.Programmes on e.ProgrammeId equals p.Id
                    select new { e, p.Name };
        if (programmeId is { } id)
            query = query.Where(x => x.e.ProgrammeId == id);
        query = When(when) switch
        {
            Upcoming => query.Where(x => x.e.StartsAt > now).OrderBy(x => x.e.StartsAt),
            Past => query.Where(x => x.e.StartsAt <= now).OrderByDescending(x => x.e.StartsAt),
            _ => query.OrderByDescending(x => x.e.StartsAt),
        };
        var rows = query.Select(x => new ProgrammeEventSummary(
            x.e.Id, x.e.ProgrammeId, x.Name, x.e.Kind, x.e.Status, x.e.Title, x.e.StartsAt, x.e.Minutes, x.e.Place, x.e.OnlineLink, x.e.Capacity,
            EF.Property<List<EventInvitation>>(x.e, "_invitations").Count(i => i.Status == InvitationStatus.Registered),
            x.e.StartsAt <= now));
        return await Paged<ProgrammeEventSummary>.Of(rows, page, PageSize, ct);
    }

    /// <summary>A mentor's or mentee's own invitations (the coming ones first) and the network events her organisation registered her for.</summary>
    public static async Task<MyEventsView> MineAsync(AppDbContext db, EventAccess access, DateTimeOffset now, CancellationToken ct)
    {
        if (access.ParticipantId is not { } self)
            return new MyEventsView([], []);
        var events = await db.ProgrammeEvents
            .Where(e => EF.Property<List<EventInvitation>>(e, "_invitations").Any(i => i.ParticipantId == self)).ToListAsync(ct);
        var programmeIds = events.Select(e => e.ProgrammeId).Distinct().ToList();
        var programmes = await db.Programmes.Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var invitations = events
            .Select(e => (Event: e, Mine: e.Invitations.FirstOrDefault(i => i.ParticipantId == self)!))
            .Where(x => x.Mine is not null)
            .Select(x => new MyInvitationView(
                x.Event.Id, programmes.GetValueOrDefault(x.Event.ProgrammeId, string.Empty), x.Event.Kind, x.Event.Status, x.Event.Title, x.Event.Description,
                x.Event.StartsAt, x.Event.Minutes, x.Event.Place, x.Event.OnlineLink, x.Event.CancelReason, x.Event.PlacesLeft, x.Event.HasStarted(now),
                x.Mine.Status, x.Mine.Attended, x.Mine.Hours))
            .ToList();

        var registrations = await db.NetworkEventRegistrations.Where(r => r.ParticipantId == self).Select(r => new { r.NetworkEventId, r.Attended }).ToListAsync(ct);
        var networkIds = registrations.Select(r => r.NetworkEventId).ToList();
        var networkEvents = await db.NetworkEvents.Where(e => networkIds.Contains(e.Id)).ToListAsync(ct);
        var network = networkEvents.Select(e => new MyNetworkEventView(
            e.Id, e.Status, e.Title, e.Description, e.StartsAt, e.Minutes, e.Place, e.OnlineLink, e.CancelReason, e.HasStarted(now),
            registrations.First(r => r.NetworkEventId == e.Id).Attended)).ToList();

        return new MyEventsView(
            [.. invitations.Where(i => !i.Started).OrderBy(i => i.StartsAt), .. invitations.Where(i => i.Started).OrderByDescending(i => i.StartsAt)],
            [.. network.Where(n => !n.Started).OrderBy(n => n.StartsAt), .. network.Where(n => n.Started).OrderByDescending(n => n.StartsAt)]);
    }

    public static async Task<NetworkEventView> NetworkViewAsync(AppDbContext db, NetworkEvent e, EventAccess access, DateTimeOffset now, CancellationToken ct)
    {
        var taking = await TakingPartAsync(db, e, ct);
        var counts = access.IsCoordinator ? await CountsAsync(db, e, ct) : null;
        return new NetworkEventView(
            e.Id, e.Status, e.Title, e.Description, e.StartsAt, e.EndsAt, e.Minutes, e.Place, e.OnlineLink, e.CancelReason, e.HasStarted(now),
            e.IsCrossBorder, e.Countries, taking, counts, e.Version);
    }

    /// <summary>The network events the caller may open, with how many registered: the network's for the coordinator, her organisation's for a manager.</summary>
    public static async Task<Paged<NetworkEventSummary>> NetworkListAsync(AppDbContext db, EventAccess access, string? when, int page, DateTimeOffset now, CancellationToken ct)
    {
        var query = access.NetworkEvents();
        query = When(when) switch
        {
            Upcoming => query.Where(e => e.StartsAt > now).OrderBy(e => e.StartsAt),
            Past => query.Where(e => e.StartsAt <= now).OrderByDescending(e => e.StartsAt),
            _ => query.OrderByDescending(e => e.StartsAt),
        };
        var events = await Paged<NetworkEvent>.Of(query, page, PageSize, ct);
        var ids = events.Items.Select(e => e.Id).ToList();
        Dictionary<Guid, int> registered;
        // Only numbers leave this block: the coordinator never loads anyone's registration.
        using (access.IsCoordinator ? db.Acting.ForNetwork() : null)
        {
            registered = await db.NetworkEventRegistrations.Where(r => ids.Contains(r.NetworkEventId))
                .GroupBy(r => r.NetworkEventId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        }

        var items = events.Items.Select(e => new NetworkEventSummary(
            e.Id, e.Status, e.Title, e.StartsAt, e.Minutes, e.Place, e.OnlineLink, e.Organisations.Count, e.Countries, e.IsCrossBorder,
            registered.GetValueOrDefault(e.Id), e.HasStarted(now))).ToList();
        return new Paged<NetworkEventSummary>(items, events.Page, events.PageSize, events.Total);
    }

    /// <summary>The manager's own organisation's registrations for the event (the filter hides every other), by name.</summary>
    public static async Task<IReadOnlyList<NetworkRegistrationView>> RegistrationsAsync(AppDbContext db, Guid networkEventId, CancellationToken ct) =>
        await (from r in db.NetworkEventRegistrations
               where r.NetworkEventId == networkEventId
               join p in db.Participants on r.ParticipantId equals p.Id
               orderby p.Profile.FullName
               select new NetworkRegistrationView(r.Id, r.ParticipantId, p.Profile.FullName, r.Role, r.RegisteredAt, r.Attended)).ToListAsync(ct);

    private static async Task<IReadOnlyList<TakingPartView>> TakingPartAsync(AppDbContext db, NetworkEvent e, CancellationToken ct)
    {
        var ids = e.Organisations.Select(o => o.OrganisationId).ToList();
        var names = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return e.Organisations
            .Select(o => new TakingPartView(o.OrganisationId, names.GetValueOrDefault(o.OrganisationId, string.Empty), o.CountryCode, o.AddedAt))
            .OrderBy(o => o.CountryCode, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>
    /// Counts every organisation's registrations for the coordinator. It reads across
    /// organisations, so it takes only each registration's organisation, attendance and role:
    /// nothing that names or points at a person.
    /// </summary>
    private static async Task<NetworkCountsView> CountsAsync(AppDbContext db, NetworkEvent e, CancellationToken ct)
    {
        List<(Guid OrganisationId, bool? Attended, ParticipantRole Role)> rows;
        using (db.Acting.ForNetwork())
        {
            var read = await db.NetworkEventRegistrations.Where(r => r.NetworkEventId == e.Id)
                .Select(r => new { r.OrganisationId, r.Attended, r.Role }).ToListAsync(ct);
            rows = [.. read.Select(r => (r.OrganisationId, r.Attended, r.Role))];
        }

        var organisationIds = rows.Select(r => r.OrganisationId).Concat(e.Organisations.Select(o => o.OrganisationId)).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.CountryCode }).ToListAsync(ct);
        var counts = NetworkEventCounts.Count(e, rows, organisations.ToDictionary(o => o.Id, o => o.CountryCode));
        var names = organisations.ToDictionary(o => o.Id, o => o.Name);
        return new NetworkCountsView(
            [.. counts.Organisations.Select(o => new OrganisationCountView(o.OrganisationId, names.GetValueOrDefault(o.OrganisationId, string.Empty), o.CountryCode, o.Registered, o.Attended, o.Mentees, o.Mentors))],
            [.. counts.Countries.Select(c => new CountryCountView(c.CountryCode, c.Organisations, c.Registered, c.Attended, c.Mentees, c.Mentors))],
            counts.Registered, counts.Attended, counts.Mentees, counts.Mentors);
    }
}
