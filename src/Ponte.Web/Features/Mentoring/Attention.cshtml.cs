using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/Attention: a manager's needs-attention list, newest first, each row saying why — no
/// meeting logged for the programme's threshold, check-ins unanswered, "not a good fit", a low score,
/// a missed plan review, a process past its planned end — filtered by programme, 50 to a page.
/// </summary>
[Authorize(Policy = Policies.Manager)]
public sealed class AttentionModel(AppDbContext db, ProcessAccess access, LocalTime local, TimeProvider clock) : PontePageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    public int CurrentPage { get; private set; } = 1;

    public IReadOnlyList<AttentionView> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<IndexModel.Option> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A hand-edited link with a value that is not an option is ignored, not an error.
        if (!ModelState.IsValid)
        {
            ProgrammeId = null;
        }

        Programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new IndexModel.Option(p.Id, p.Name)).ToListAsync(ct);
        if (ProgrammeId is { } id && Programmes.All(p => p.Id != id))
            ProgrammeId = null;
        var all = await AttentionViews.ListAsync(db, access, local, clock.GetUtcNow(), ProgrammeId, ct);
        Total = all.Count;
        CurrentPage = Math.Clamp(PageNumber, 1, Pages);
        Rows = [.. all.Skip((CurrentPage - 1) * PageSize).Take(PageSize)];
    }
}
