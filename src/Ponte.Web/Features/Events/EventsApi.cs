using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Events;

/// <summary>
/// Programme events and network events over JSON. Programme events are their organisation's
/// managers' (trainers read them; a mentor or mentee sees and answers her own invitations).
/// Network events are the coordinator's, who reads counts per organisation and country, never a
/// person; a manager registers her own people and reads only her own registrations. An id the
/// caller may not see answers 404.
/// </summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/programme-events")
            .WithTags("Events")
            .WithMetadata(new ErrorTexts(typeof(EventsText)));

        events.MapGet("/", List)
            .RequireAuthorization(Policies.Staff)
            .WithSummary("Events of the organisation's programmes, paged (25 a page): filter by programmeId and when (upcoming, soonest first | past, newest first); newest first without one.");
        events.MapPost("/", Create)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager plans an event of one of the organisation's programmes: kind KickOff, MenteeTraining, MentorTraining or Networking; startsAt an instant (ISO 8601 with offset), not past; minutes 15–720; a place, an onlineLink (http or https) or both; capacity 1–1000 or none; hoursKind Theory or Practice for mentor training only.");
        events.MapGet("/mine", Mine)
            .WithSummary("A mentor's or mentee's own invitations (coming ones first) with her answer and attendance, and the network events her organisation registered her for.");
        events.MapGet("/{id:guid}", Get)
            .WithSummary("One event: staff see everyone invited with their answer and attendance; an invited participant sees only her own invitation.");
        events.MapPut("/{id:guid}", Reschedule)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager moves the event before it starts or changes where it is (startsAt, minutes, place, onlineLink, version); everyone invited who has not declined gets the updated calendar entry.");
        events.MapPost("/{id:guid}/cancel", Cancel)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager cancels the event before it starts (an optional reason); everyone invited who has not declined gets the cancellation for her calendar.");
        events.MapPost("/{id:guid}/invitations", Invite)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager invites participants of the event's programme (participantIds; mentor training only mentors, mentee training only mentees); each newly invited one is emailed the invitation with its calendar entry.");
        events.MapPost("/{id:guid}/registrations", Register)
            .WithSummary("Registers for the event while there is a place, before it starts: an invited mentor or mentee herself (no body), or a manager for anyone of the programme (participantId), who is invited first if she was not.");
        events.MapPost("/{id:guid}/decline", Decline)
            .WithSummary("An invited mentor or mentee declines the event before it starts; a registered one gives her place up.");
        events.MapPut("/{id:guid}/attendance", PutAttendance)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager records who attended, once the event has started: attendance [{participantId, attended, hours}] of people invited (hours at most the event's length, the whole event when left out). Mentor training hours count towards each mentor's readiness, which is evaluated again.");

        var network = api.MapGroup("/network-events")
            .WithTags("Events")
            .WithMetadata(new ErrorTexts(typeof(EventsText)));
        network.MapGet("/", NetworkList)
            .RequireAuthorization(p => p.RequireRole(Roles.NetworkCoordinator, Roles.OrganisationManager))
            .WithSummary("Network events, paged (25 a page), filter when (upcoming | past): every one for the coordinator, with how many registered across the network; for a manager those her organisation takes part in, with how many of her people registered.");
        network.MapPost("/", NetworkCreate)
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("The coordinator plans a network event: title, description, startsAt (an instant, not past), minutes 15–720, a place, an onlineLink or both, and organisationIds taking part.");
        network.MapGet("/{id:guid}", NetworkGet)
            .RequireAuthorization(p => p.RequireRole(Roles.NetworkCoordinator, Roles.OrganisationManager))
            .WithSummary("One network event with the organisations and countries taking part and isCrossBorder; for the coordinator its counts per organisation and per country (registered, attended, mentees, mentors), never a person.");
        network.MapPost("/{id:guid}/organisations", NetworkAddOrganisation)
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("The coordinator adds an organisation (organisationId, version) to the event; its managers can then register their people.");
        network.MapDelete("/{id:guid}/organisations/{organisationId:guid}", NetworkRemoveOrganisation)
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("The coordinator takes an organisation off the event (optional ?version=); refused (409 HasRegistrations) while any of its people are registered.");
        network.MapGet("/{id:guid}/registrations", NetworkRegistrations)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager's own organisation's people registered for the event, with their attendance; never another organisation's.");
        network.MapPost("/{id:guid}/registrations", NetworkRegister)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager registers people of her own organisation (participantIds) before the event starts; each is emailed with the calendar entry. Another organisation's participant answers 404.");
        network.MapPut("/{id:guid}/attendance", NetworkAttendance)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager records which of her registered people attended (attendance [{participantId, attended}]), once the event has started.");
        return api;
    }

    // ---- Programme events ----

    public static async Task<Ok<ProgrammeEventPage>> List(
        AppDbContext db, EventAccess access, TimeProvider clock, Guid? programmeId, string? when, int? page, CancellationToken ct)
    {
        if (programmeId is { } pid && !await db.Programmes.AnyAsync(p => p.Id == pid, ct))
            throw new NotFoundException();
        if (page is < 1)
            throw new DomainValidationException("Page", "Range", "The page is a number from 1.", 1, int.MaxValue);
        var paged = await EventViews.ListAsync(db, access, programmeId, when, page ?? 1, clock.GetUtcNow(), ct);
        return TypedResults.Ok(new ProgrammeEventPage(paged.Items, paged.Page, paged.PageSize, paged.Total, paged.Pages));
    }

    public static async Task<Created<ProgrammeEventView>> Create(
        ProgrammeEventRequest body, PlanEvent.Handler plan, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var planned = await plan.HandleAsync(new PlanEvent.Request(
            body.ProgrammeId, body.Kind, body.Title, body.Description, body.StartsAt, body.Minutes, body.Place, body.OnlineLink, body.Capacity, body.HoursKind), ct);
        return TypedResults.Created($"/api/programme-events/{planned.Id}", await EventViews.ViewAsync(db, planned, access, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<MyEventsView>> Mine(AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await EventViews.MineAsync(db, access, clock.GetUtcNow(), ct));

    public static async Task<Ok<ProgrammeEventView>> Get(Guid id, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await EventViews.ViewAsync(db, await access.ProgrammeEventAsync(id, ct), access, clock.GetUtcNow(), ct));

    public static async Task<Ok<ProgrammeEventView>> Reschedule(
        Guid id, RescheduleEventRequest body, RescheduleEvent.Handler reschedule, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var (moved, _) = await reschedule.HandleAsync(new RescheduleEvent.Request(id, body.StartsAt, body.Minutes, body.Place, body.OnlineLink, body.Version), ct);
        return TypedResults.Ok(await EventViews.ViewAsync(db, moved, access, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<ProgrammeEventView>> Cancel(
        Guid id, CancelEventRequest? body, CancelEvent.Handler cancel, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var cancelled = await cancel.HandleAsync(new CancelEvent.Request(id, body?.Reason, body?.Version), ct);
        return TypedResults.Ok(await EventViews.ViewAsync(db, cancelled, access, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<ProgrammeEventView>> Invite(
        Guid id, InvitationsRequest body, InviteToEvent.Handler invite, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var (invited, _) = await invite.HandleAsync(new InviteToEvent.Request(id, body.ParticipantIds, body.Version), ct);
        return TypedResults.Ok(await EventViews.ViewAsync(db, invited, access, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<ProgrammeEventView>> Register(
        Guid id, RegistrationRequest? body, RegisterForEvent.Handler register, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var result = await register.HandleAsync(new RegisterForEvent.Request(id, body?.ParticipantId), ct);
        return TypedResults.Ok(await EventViews.ViewAsync(db, result.Event, access, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<ProgrammeEventView>> Decline(
        Guid id, DeclineEvent.Handler decline, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var (declined, _) = await decline.HandleAsync(new DeclineEvent.Request(id), ct);
        return TypedResults.Ok(await EventViews.ViewAsync(db, declined, access, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<ProgrammeEventView>> PutAttendance(
        Guid id, EventAttendanceRequest body, RecordEventAttendance.Handler record, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var items = body.Attendance?.Select(i => i is null ? null : new RecordEventAttendance.Item(i.ParticipantId, i.Attended, i.Hours)).ToList();
        var (recorded, _) = await record.HandleAsync(new RecordEventAttendance.Request(id, body.Version, items), ct);
        return TypedResults.Ok(await EventViews.ViewAsync(db, recorded, access, clock.GetUtcNow(), ct));
    }

    // ---- Network events ----

    public static async Task<Ok<NetworkEventPage>> NetworkList(AppDbContext db, EventAccess access, TimeProvider clock, string? when, int? page, CancellationToken ct)
    {
        if (page is < 1)
            throw new DomainValidationException("Page", "Range", "The page is a number from 1.", 1, int.MaxValue);
        var paged = await EventViews.NetworkListAsync(db, access, when, page ?? 1, clock.GetUtcNow(), ct);
        return TypedResults.Ok(new NetworkEventPage(paged.Items, paged.Page, paged.PageSize, paged.Total, paged.Pages));
    }

    public static async Task<Created<NetworkEventView>> NetworkCreate(
        NetworkEventRequest body, PlanNetworkEvent.Handler plan, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var planned = await plan.HandleAsync(new PlanNetworkEvent.Request(
            body.Title, body.Description, body.StartsAt, body.Minutes, body.Place, body.OnlineLink, body.OrganisationIds), ct);
        return TypedResults.Created($"/api/network-events/{planned.Id}", await EventViews.NetworkViewAsync(db, planned, access, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<NetworkEventView>> NetworkGet(Guid id, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await EventViews.NetworkViewAsync(db, await access.NetworkEventAsync(id, ct), access, clock.GetUtcNow(), ct));

    public static async Task<Ok<NetworkEventView>> NetworkAddOrganisation(
        Guid id, NetworkOrganisationRequest body, AddNetworkOrganisation.Handler add, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var (changed, _) = await add.HandleAsync(new AddNetworkOrganisation.Request(id, body.OrganisationId, body.Version), ct);
        return TypedResults.Ok(await EventViews.NetworkViewAsync(db, changed, access, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<NetworkEventView>> NetworkRemoveOrganisation(
        Guid id, Guid organisationId, Guid? version, RemoveNetworkOrganisation.Handler remove, AppDbContext db, EventAccess access, TimeProvider clock, CancellationToken ct)
    {
        var (changed, _) = await remove.HandleAsync(new RemoveNetworkOrganisation.Request(id, organisationId, version), ct);
        return TypedResults.Ok(await EventViews.NetworkViewAsync(db, changed, access, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<IReadOnlyList<NetworkRegistrationView>>> NetworkRegistrations(Guid id, AppDbContext db, EventAccess access, CancellationToken ct)
    {
        var networkEvent = await access.TakingPartNetworkEventAsync(id, ct);
        return TypedResults.Ok(await EventViews.RegistrationsAsync(db, networkEvent.Id, ct));
    }

    public static async Task<Ok<IReadOnlyList<NetworkRegistrationView>>> NetworkRegister(
        Guid id, NetworkRegistrationRequest body, RegisterForNetworkEvent.Handler register, AppDbContext db, CancellationToken ct)
    {
        var result = await register.HandleAsync(new RegisterForNetworkEvent.Request(id, body.ParticipantIds), ct);
        return TypedResults.Ok(await EventViews.RegistrationsAsync(db, result.Event.Id, ct));
    }

    public static async Task<Ok<IReadOnlyList<NetworkRegistrationView>>> NetworkAttendance(
        Guid id, NetworkAttendanceRequest body, RecordNetworkAttendance.Handler record, AppDbContext db, CancellationToken ct)
    {
        var items = body.Attendance?.Select(i => i is null ? null : new RecordNetworkAttendance.Item(i.ParticipantId, i.Attended)).ToList();
        var result = await record.HandleAsync(new RecordNetworkAttendance.Request(id, items), ct);
        return TypedResults.Ok(await EventViews.RegistrationsAsync(db, result.Event.Id, ct));
    }
}

public sealed record ProgrammeEventRequest(
    Guid? ProgrammeId, string? Kind, string? Title, string? Description, DateTimeOffset? StartsAt, int? Minutes,
    string? Place, string? OnlineLink, int? Capacity, string? HoursKind);

public sealed record RescheduleEventRequest(DateTimeOffset? StartsAt, int? Minutes, string? Place, string? OnlineLink, Guid? Version);

public sealed record CancelEventRequest(string? Reason, Guid? Version);

public sealed record InvitationsRequest(IReadOnlyList<Guid>? ParticipantIds, Guid? Version);

public sealed record RegistrationRequest(Guid? ParticipantId);

public sealed record EventAttendanceItem(Guid ParticipantId, bool Attended, decimal? Hours);

public sealed record EventAttendanceRequest(IReadOnlyList<EventAttendanceItem?>? Attendance, Guid? Version);

public sealed record NetworkEventRequest(
    string? Title, string? Description, DateTimeOffset? StartsAt, int? Minutes, string? Place, string? OnlineLink, IReadOnlyList<Guid>? OrganisationIds);

public sealed record NetworkOrganisationRequest(Guid? OrganisationId, Guid? Version);

public sealed record NetworkRegistrationRequest(IReadOnlyList<Guid>? ParticipantIds);

public sealed record NetworkAttendanceItem(Guid ParticipantId, bool Attended);

public sealed record NetworkAttendanceRequest(IReadOnlyList<NetworkAttendanceItem?>? Attendance);
