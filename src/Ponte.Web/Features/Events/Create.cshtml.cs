using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Events;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Events;

/// <summary>/Events/Create: a manager plans an event of one of the organisation's programmes, typing its time in her zone.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class CreateModel(AppDbContext db, LocalTime localTime, IStringLocalizer<EventsText> text) : PontePageModel
{
    [BindProperty]
    public ProgrammeEventInput Input { get; set; } = new();

    public IReadOnlyList<EventOption> Programmes { get; private set; } = [];

    public async Task OnGetAsync(Guid? programme, CancellationToken ct)
    {
        Programmes = await EventOptions.ProgrammesAsync(db, ct);
        Input.ProgrammeId = (Programmes.Count == 1 ? Programmes[0].Id : Programmes.FirstOrDefault(p => p.Id == programme)?.Id)?.ToString();
        Input.Kind = nameof(EventKind.KickOff);
        Input.Minutes = 120;
    }

    public async Task<IActionResult> OnPostAsync([FromServices] PlanEvent.Handler plan, CancellationToken ct)
    {
        Programmes = await EventOptions.ProgrammesAsync(db, ct);
        if (!ModelState.IsValid)
        {
            Forms.LocalizeBindingErrors(ModelState, T);
            return Page();
        }

        Guid? programmeId = null;
        if (!string.IsNullOrWhiteSpace(Input.ProgrammeId))
        {
            if (!Guid.TryParse(Input.ProgrammeId, out var id) || Programmes.All(p => p.Id != id))
                return NotFound();
            programmeId = id;
        }

        // Every field is read first, so each mistake shows next to its own input at once.
        Read(() => PlanEvent.ProgrammeOf(programmeId));
        Read(() => PlanEvent.KindOf(Input.Kind));
        Read(() => PlanEvent.HoursKindOf(Input.HoursKind) ?? default);
        var startsAt = Read(() => localTime.Instant(Input.StartsAt, nameof(ProgrammeEvent.StartsAt)));
        if (!ModelState.IsValid)
            return Page();

        try
        {
            var planned = await plan.HandleAsync(new PlanEvent.Request(
                programmeId, Input.Kind, Input.Title, Input.Description, startsAt, Input.Minutes, Input.Place, Input.OnlineLink, Input.Capacity, Input.HoursKind), ct);
            Flash(text["Create.Done", planned.Title]);
            return Redirect($"/Events/{planned.Id}");
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors))
        {
            return Page();
        }
    }

    /// <summary>How this page words a refusal: the events texts, then the shared ones.</summary>
    private FirstFoundLocalizer Errors => new(text, T);

    private TValue Read<TValue>(Func<TValue> parse)
        where TValue : struct
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors))
        {
            return default;
        }
    }
}
