using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Events;

/// <summary>/Events/Network/Create: the coordinator plans a network event and chooses the organisations taking part.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class NetworkCreateModel(AppDbContext db, LocalTime localTime, IStringLocalizer<EventsText> text) : PontePageModel
{
    [BindProperty]
    public NetworkEventInput Input { get; set; } = new();

    public IReadOnlyList<EventOption> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisations = await EventOptions.OrganisationsAsync(db, ct);
        Input.Minutes = 120;
    }

    public async Task<IActionResult> OnPostAsync([FromServices] PlanNetworkEvent.Handler plan, CancellationToken ct)
    {
        Organisations = await EventOptions.OrganisationsAsync(db, ct);
        if (!ModelState.IsValid)
        {
            Forms.LocalizeBindingErrors(ModelState, T);
            return Page();
        }

        if (Input.OrganisationIds.Any(id => Organisations.All(o => o.Id != id)))
            return NotFound();
        DateTimeOffset? startsAt = null;
        try
        {
            startsAt = localTime.Instant(Input.StartsAt, nameof(NetworkEvent.StartsAt));
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors))
        {
            return Page();
        }

        try
        {
            var planned = await plan.HandleAsync(new PlanNetworkEvent.Request(
                Input.Title, Input.Description, startsAt, Input.Minutes, Input.Place, Input.OnlineLink, Input.OrganisationIds), ct);
            Flash(text["Create.Done", planned.Title]);
            return Redirect($"/Events/Network/{planned.Id}");
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors))
        {
            return Page();
        }
    }

    private FirstFoundLocalizer Errors => new(text, T);
}
