using Ponte.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Data.Jobs;

namespace Ponte.Web.Features.Work;

/// <summary>
/// The automatic work (emails above all) that failed after its last attempt, for the caller's
/// organisation: a manager sees her organisation's, the coordinator the network's own. The
/// organisation filter decides which rows are hers.
/// </summary>
[Authorize(Roles = Roles.OrganisationManager + "," + Roles.NetworkCoordinator)]
public sealed class IndexModel(AppDbContext db) : PontePageModel
{
    public Paged<JobItem> Failed { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct = default) => await LoadAsync(ct);

    /// <summary>Tries a failed item again; another organisation's item, or one not failed, is not found.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, [FromServices] JobRunner runner, CancellationToken ct)
    {
        if (!await runner.RetryAsync(db, id, ct))
            return NotFound();
        Flash(T["Work.Retrying"]);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Failed = await Paged<JobItem>.Of(
            db.JobItems.AsNoTracking().Where(i => i.State == JobItemState.Failed).OrderByDescending(i => i.CompletedAt).ThenBy(i => i.Id),
            PageNumber, 25, ct);

    /// <summary>The job's name for people, in the page's language; a job without one shows its stored name.</summary>
    public string JobLabel(string job) => T["Work.Job." + job] is { ResourceNotFound: false } label ? label : job;
}
