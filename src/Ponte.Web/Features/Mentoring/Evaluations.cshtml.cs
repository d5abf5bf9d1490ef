using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;

namespace Ponte.Web.Features.Mentoring;

/// <summary>/Mentoring/{id}/Evaluations: the final forms of a process the caller may read — all of them for a manager, her own and her joint form for a participant.</summary>
[Authorize]
public sealed class EvaluationsModel(AppDbContext db, ProcessAccess access) : PontePageModel
{
    public Guid ProcessId { get; private set; }

    public EvaluationsView Forms { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var process = await access.Visible().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null)
            return NotFound();
        ProcessId = id;
        Forms = await EvaluationViews.ListAsync(db, process, access, ct);
        return Page();
    }
}
