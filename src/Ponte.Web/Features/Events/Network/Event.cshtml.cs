using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Events;

/// <summary>
/// /Events/Network/{id}: one network event. The coordinator sees the organisations and countries
/// taking part and the counts per organisation and per country (never a person), and adds or
/// removes organisations; a manager of an organisation taking part registers her own people and
/// records their attendance once it has started.
/// </summary>
[Authorize(Roles = Roles.NetworkCoordinator + "," + Roles.OrganisationManager)]
public sealed class NetworkEventModel(AppDbContext db, EventAccess access, TimeProvider clock, IStringLocalizer<EventsText> text) : PontePageModel
{
    public NetworkEventView Event { get; private set; } = null!;

    public bool IsCoordinator => access.IsCoordinator;

    public bool IsManager => access.IsManager;

    public IReadOnlyList<EventOption> Addable { get; private set; } = [];

    public IReadOnlyList<NetworkRegistrationView> Registrations { get; private set; } = [];

    public IReadOnlyList<EventOption> Registerable { get; private set; } = [];

    public bool Redisplayed { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public List<Guid> Registrants { get; set; } = [];

    [BindProperty]
    public List<Guid> Shown { get; set; } = [];

    [BindProperty]
    public List<Guid> Attended { get; set; } = [];

    public bool IsTicked(NetworkRegistrationView r) => Redisplayed ? Attended.Contains(r.ParticipantId) : r.Attended == true;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct))
            return NotFound();
        Version = Event.Version;
        return Page();
    }

    public Task<IActionResult> OnPostAddOrganisationAsync(Guid id, [FromServices] AddNetworkOrganisation.Handler add, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            var (_, added) = await add.HandleAsync(new AddNetworkOrganisation.Request(id, OrganisationId, Version), ct);
            return added ? text["Network.Added"] : text["Flash.Unchanged"];
        }, ct);

    public Task<IActionResult> OnPostRemoveOrganisationAsync(Guid id, [FromServices] RemoveNetworkOrganisation.Handler remove, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            var (_, removed) = await remove.HandleAsync(new RemoveNetworkOrganisation.Request(id, OrganisationId ?? Guid.Empty, Version), ct);
            return removed ? text["Network.Removed"] : text["Flash.Unchanged"];
        }, ct);

    public Task<IActionResult> OnPostRegisterAsync(Guid id, [FromServices] RegisterForNetworkEvent.Handler register, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            var result = await register.HandleAsync(new RegisterForNetworkEvent.Request(id, Registrants), ct);
            return result.Registered.Count > 0 ? text["Network.RegisteredDone", result.Registered.Count] : text["Flash.Unchanged"];
        }, ct);

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, [FromServices] RecordNetworkAttendance.Handler record, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            var stored = await db.NetworkEventRegistrations.AsNoTracking().Where(r => r.NetworkEventId == id).ToDictionaryAsync(r => r.ParticipantId, r => r.Attended, ct);
            // Only what the form changes is recorded: an unticked person with nothing recorded stays so.
            var changes = Shown.Concat(Attended).Distinct()
                .Select(p => new RecordNetworkAttendance.Item(p, Attended.Contains(p)))
                .Where(item => stored.TryGetValue(item.ParticipantId, out var recorded) ? recorded is null ? item.Attended : recorded != item.Attended : true)
                .ToList();
            var result = await record.HandleAsync(new RecordNetworkAttendance.Request(id, changes), ct);
            return text["Attendance.Saved", result.Changed];
        }, ct, redisplay: true);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<string>> action, CancellationToken ct, bool redisplay = false)
    {
        if (!await access.NetworkEvents().AnyAsync(e => e.Id == id, ct))
            return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                Flash(await action());
                return Redirect($"/Events/Network/{id}");
            }
            catch (Infrastructure.Errors.NotFoundException)
            {
                return NotFound();
            }
            catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), string.Empty))
            {
                // Shown above the forms.
            }
        }
        else
        {
            Forms.LocalizeBindingErrors(ModelState, T);
        }

        Redisplayed = redisplay;
        db.ChangeTracker.Clear();
        return await ShowAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        var networkEvent = await access.NetworkEvents().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (networkEvent is null)
            return false;
        Event = await EventViews.NetworkViewAsync(db, networkEvent, access, clock.GetUtcNow(), ct);
        if (access.IsCoordinator)
        {
            var taking = Event.Organisations.Select(o => o.OrganisationId).ToHashSet();
            Addable = [.. (await EventOptions.OrganisationsAsync(db, ct)).Where(o => !taking.Contains(o.Id))];
        }
        else if (access.IsManager)
        {
            Registrations = await EventViews.RegistrationsAsync(db, id, ct);
            var registered = Registrations.Select(r => r.ParticipantId).ToList();
            Registerable = await db.Participants
                .Where(p => !registered.Contains(p.Id) && p.Status != ParticipantStatus.Completed && p.Status != ParticipantStatus.Withdrawn)
                .OrderBy(p => p.Role).ThenBy(p => p.Profile.FullName)
                .Select(p => new EventOption(p.Id, p.Profile.FullName, p.Role.ToString()))
                .ToListAsync(ct);
        }

        return true;
    }
}
