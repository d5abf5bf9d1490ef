using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Events;

/// <summary>
/// Who may open which event: the one place pages, endpoints and handlers ask. Programme events
/// belong to an organisation: its managers run them, its trainers read them, and a mentor or
/// mentee sees only those she is invited to. Network events are the coordinator's; a manager
/// sees those her organisation takes part in. Anything else looks like nothing (404); a step
/// that is not the caller's on an event she may see answers 403.
/// </summary>
public sealed class EventAccess(AppDbContext db, CurrentUser me)
{
    public bool IsManager => me.IsManager && me.OrganisationId is not null;

    public bool IsStaff => me.IsStaff && me.OrganisationId is not null;

    public bool IsCoordinator => me.IsCoordinator;

    /// <summary>The signed-in mentor's or mentee's participant id; null for anyone else.</summary>
    public Guid? ParticipantId => (me.IsIn(Roles.Mentor) || me.IsIn(Roles.Mentee)) && me.OrganisationId is not null ? me.ParticipantId : null;

    public Guid? OrganisationId => me.OrganisationId;

    public static RequestRefusedException Forbidden() => new(StatusCodes.Status403Forbidden, "Error.Forbidden");

    /// <summary>The programme events the caller may open: staff the organisation's (through its filter), a participant those she is invited to.</summary>
    public IQueryable<ProgrammeEvent> ProgrammeEvents()
    {
        if (IsStaff)
            return db.ProgrammeEvents.Where(e => e.OrganisationId == me.OrganisationId);
        if (ParticipantId is { } self)
            return db.ProgrammeEvents.Where(e => e.OrganisationId == me.OrganisationId
                && EF.Property<List<EventInvitation>>(e, "_invitations").Any(i => i.ParticipantId == self));
        return db.ProgrammeEvents.Where(e => false);
    }

    public async Task<ProgrammeEvent> ProgrammeEventAsync(Guid id, CancellationToken ct) =>
        (await ProgrammeEvents().FirstOrDefaultAsync(e => e.Id == id, ct)).OrNotFound();

    /// <summary>The event, for a step only its organisation's managers take: 404 when she may not see it, 403 when she may but not do this.</summary>
    public async Task<ProgrammeEvent> ManagedProgrammeEventAsync(Guid id, CancellationToken ct)
    {
        var programmeEvent = await ProgrammeEventAsync(id, ct);
        return IsManager ? programmeEvent : throw Forbidden();
    }

    /// <summary>The network events the caller may open: every one for the coordinator, those her organisation takes part in for a manager.</summary>
    public IQueryable<NetworkEvent> NetworkEvents()
    {
        if (IsCoordinator)
            return db.NetworkEvents;
        if (IsManager && me.OrganisationId is { } organisationId)
            return db.NetworkEvents.Where(e => EF.Property<List<NetworkEventOrganisation>>(e, "_organisations").Any(o => o.OrganisationId == organisationId));
        return db.NetworkEvents.Where(e => false);
    }

    public async Task<NetworkEvent> NetworkEventAsync(Guid id, CancellationToken ct) =>
        (await NetworkEvents().FirstOrDefaultAsync(e => e.Id == id, ct)).OrNotFound();

    /// <summary>A network event for the coordinator's own steps (the organisations taking part).</summary>
    public async Task<NetworkEvent> CoordinatedNetworkEventAsync(Guid id, CancellationToken ct)
    {
        var networkEvent = await NetworkEventAsync(id, ct);
        return IsCoordinator ? networkEvent : throw Forbidden();
    }

    /// <summary>A network event for a manager's steps (her people's registrations and attendance).</summary>
    public async Task<NetworkEvent> TakingPartNetworkEventAsync(Guid id, CancellationToken ct)
    {
        var networkEvent = await NetworkEventAsync(id, ct);
        return IsManager ? networkEvent : throw Forbidden();
    }
}
