using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Domain.Training;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Training;

/// <summary>/Training/Create: plan a training session of one of the organisation's programmes.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CreateModel(AppDbContext db, CurrentUser me, LocalTime localTime, IStringLocalizer<TrainingText> text) : PontePageModel
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public IReadOnlyList<ProgrammeOption> Programmes { get; private set; } = [];

    public async Task OnGetAsync(Guid? programme, CancellationToken ct)
    {
        Programmes = await TrainingInput.ProgrammesAsync(db, ct);
        Input.ProgrammeId = (Programmes.Count == 1 ? Programmes[0].Id : Programmes.FirstOrDefault(p => p.Id == programme)?.Id)?.ToString();
        Input.Kind = nameof(TrainingKind.Theory);
        if (me.IsIn(Roles.Trainer))
            Input.Trainer = me.Name;
    }

    public async Task<IActionResult> OnPostAsync([FromServices] PlanSession.Handler plan, CancellationToken ct)
    {
        Programmes = await TrainingInput.ProgrammesAsync(db, ct);
        Guid? programmeId = null;
        if (!string.IsNullOrWhiteSpace(Input.ProgrammeId))
        {
            if (!Guid.TryParse(Input.ProgrammeId, out var id) || Programmes.All(p => p.Id != id))
                return NotFound();
            programmeId = id;
        }

        // Read every field, so each mistake shows next to its own input at once (the handler reads the kind and programme again).
        Read(() => PlanSession.ProgrammeOf(programmeId));
        var startsAt = Read(() => localTime.Instant(Input.StartsAt, nameof(TrainingSession.StartsAt)));
        Read(() => PlanSession.KindOf(Input.Kind));
        var hours = Read(() => TrainingInput.Hours(Input.Hours));
        if (!ModelState.IsValid)
            return Page();

        try
        {
            var session = await plan.HandleAsync(
                new PlanSession.Request(programmeId, Input.Title, startsAt, Input.Kind, hours, Input.Location, Input.Trainer), ct);
            Flash(text["Create.Done", session.Title]);
            return Redirect($"/Training/{session.Id}");
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors))
        {
            return Page();
        }
    }

    /// <summary>How this page words a refusal: the training texts, then the shared ones.</summary>
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

    public sealed class SessionInput
    {
        public string? ProgrammeId { get; set; }

        public string? Title { get; set; }

        public string? StartsAt { get; set; }

        public string? Kind { get; set; }

        public string? Hours { get; set; }

        public string? Location { get; set; }

        public string? Trainer { get; set; }
    }
}
