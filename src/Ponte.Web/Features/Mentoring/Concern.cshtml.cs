using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Concerns/{id}: one safeguarding concern for the managers of its organisation (anyone else:
/// 404): what she wrote and how to reach her, its log, and what a manager does about it — record
/// an action, take it up, resolve or reopen it, pause the process and hide its contacts, never
/// match the pair again.
/// </summary>
[Authorize]
public sealed class ConcernModel(AppDbContext db, ConcernAccess access, IStringLocalizer<ConcernText> text) : PontePageModel
{
    public ConcernView View { get; private set; } = null!;

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public Guid? OtherId { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!access.IsManager || !await ExistsAsync(id, ct))
            return NotFound();
        await ShowAsync(id, defaults: true, ct);
        return Page();
    }

    public Task<IActionResult> OnPostActionAsync(Guid id, [FromServices] RecordConcernAction.Handler record, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            await record.HandleAsync(new RecordConcernAction.Request(id, Action, Version), ct);
            return text["Flash.Action"];
        }, ct);

    public Task<IActionResult> OnPostStateAsync(Guid id, ConcernStatus? status, [FromServices] ChangeConcernState.Handler change, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            var concern = await change.HandleAsync(new ChangeConcernState.Request(id, status, Note, Version), ct);
            return concern.Status == ConcernStatus.Resolved ? text["Flash.Resolved"]
                : concern.Log[^1].Kind == ConcernLogKind.Reopened ? text["Flash.Reopened"] : text["Flash.Started"];
        }, ct);

    public Task<IActionResult> OnPostProtectAsync(Guid id, [FromServices] PauseForConcern.Handler protect, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            await protect.HandleAsync(new PauseForConcern.Request(id, Version), ct);
            return text["Protect.Done"];
        }, ct);

    public Task<IActionResult> OnPostNeverAsync(Guid id, [FromServices] NeverMatchAgain.Handler exclude, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            if (!Confirm)
                throw new DomainValidationException(nameof(Confirm), "ConfirmRequired", "Tick the box to confirm.");
            var outcome = await exclude.HandleAsync(new NeverMatchAgain.Request(id, OtherId, Version), ct);
            return outcome.Created ? text["Flash.Excluded"] : text["Flash.AlreadyExcluded"];
        }, ct);

    private Task<bool> ExistsAsync(Guid id, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(access.Visible(), c => c.Id == id, ct);

    /// <summary>Runs one form's handler; a refusal shows the page again with her input and the message beside its field.</summary>
    private async Task<IActionResult> RunAsync(Guid id, Func<Task<string>> work, CancellationToken ct)
    {
        if (!await ExistsAsync(id, ct))
            return NotFound();
        if (!ModelState.IsValid)
        {
            Forms.LocalizeBindingErrors(ModelState, T);
            await ShowAsync(id, defaults: false, ct);
            return Page();
        }

        try
        {
            Flash(await work());
            return Redirect($"/Concerns/{id}");
        }
        catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), string.Empty))
        {
            db.ChangeTracker.Clear();
            await ShowAsync(id, defaults: false, ct);
            return Page();
        }
    }

    private async Task ShowAsync(Guid id, bool defaults, CancellationToken ct)
    {
        var concern = await access.GetAsync(id, ct);
        View = await ConcernViews.ViewAsync(db, concern, T, ct);
        if (defaults)
            Version = concern.Version;
    }
}
