using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Concerns/New: a mentor or mentee raises a safeguarding concern, about one of her processes or
/// in general, in her language. Only her organisation's managers will read it.
/// </summary>
[Authorize(Roles = Roles.Mentor + "," + Roles.Mentee)]
public sealed class NewConcernModel(AppDbContext db, ProcessAccess access, IStringLocalizer<ConcernText> text) : PontePageModel
{
    [BindProperty]
    public ConcernInput Input { get; set; } = new();

    /// <summary>Her processes, each with the programme and the names of the others in it.</summary>
    public IReadOnlyList<ProcessChoice> Processes { get; private set; } = [];

    /// <summary>True once her concern has been sent (the page then says so instead of showing the form).</summary>
    public bool Sent { get; private set; }

    public async Task OnGetAsync(Guid? processId, bool sent, CancellationToken ct)
    {
        Sent = sent;
        await LoadAsync(ct);
        if (processId is { } id && Processes.Any(p => p.Id == id))
            Input.ProcessId = id;
    }

    public async Task<IActionResult> OnPostAsync([FromServices] RaiseConcern.Handler raise, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Forms.LocalizeBindingErrors(ModelState, T);
            await LoadAsync(ct);
            return Page();
        }

        try
        {
            await raise.HandleAsync(new RaiseConcern.Request(Input.ProcessId, Input.Topic, Input.Text, Input.WantsContact, Input.WantsContact == true ? Input.ContactWay : null), ct);
            return Redirect("/Concerns/New?sent=true");
        }
        catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T)))
        {
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var processes = await access.Visible().OrderByDescending(p => p.StartedAt).ToListAsync(ct);
        var ids = processes.SelectMany(p => p.ParticipantIds).Distinct().ToList();
        var names = await db.Participants.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.FullName, ct);
        var programmeIds = processes.Select(p => p.ProgrammeId).Distinct().ToList();
        var programmes = await db.Programmes.Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        Processes = processes.Select(p =>
        {
            var mine = access.Me(p)?.ParticipantId;
            var others = p.ParticipantIds.Where(id => id != mine).Select(id => names.GetValueOrDefault(id, string.Empty)).ToList();
            return new ProcessChoice(p.Id, text["New.ProcessOption", programmes.GetValueOrDefault(p.ProgrammeId, string.Empty), string.Join(", ", others)]);
        }).ToList();
    }

    public sealed record ProcessChoice(Guid Id, string Label);

    public sealed class ConcernInput
    {
        public Guid? ProcessId { get; set; }

        public ConcernTopic? Topic { get; set; }

        public string? Text { get; set; }

        public bool? WantsContact { get; set; }

        public ConcernContactWay? ContactWay { get; set; }
    }
}
