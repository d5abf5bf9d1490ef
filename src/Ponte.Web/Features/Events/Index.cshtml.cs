using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ponte.Data;

namespace Ponte.Web.Features.Events;

/// <summary>
/// /Events: staff see their organisation's programme events (and a manager the network events
/// her organisation takes part in); the coordinator sees the network's events. A mentor or
/// mentee is sent to her own invitations.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, EventAccess access, TimeProvider clock) : PontePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Programme { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? When { get; set; }

    public IReadOnlyList<EventOption> Programmes { get; private set; } = [];

    public Paged<ProgrammeEventSummary>? ProgrammeEvents { get; private set; }

    public Paged<NetworkEventSummary>? NetworkEvents { get; private set; }

    public bool IsManager => access.IsManager;

    public bool IsCoordinator => access.IsCoordinator;

    public bool Filtered => Programme is not null || When is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (When is not (EventViews.Upcoming or EventViews.Past))
            When = null;
        if (access.IsStaff)
        {
            Programmes = await EventOptions.ProgrammesAsync(db, ct);
            if (Programme is { } p && Programmes.All(o => o.Id != p))
                Programme = null;
            ProgrammeEvents = await EventViews.ListAsync(db, access, Programme, When, PageNumber, now, ct);
            if (access.IsManager)
                NetworkEvents = await EventViews.NetworkListAsync(db, access, null, 1, now, ct);
            return Page();
        }

        if (access.IsCoordinator)
        {
            NetworkEvents = await EventViews.NetworkListAsync(db, access, When, PageNumber, now, ct);
            return Page();
        }

        return access.ParticipantId is not null ? Redirect("/Events/Mine") : Forbid();
    }
}
