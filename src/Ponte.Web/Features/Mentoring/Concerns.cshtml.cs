using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ponte.Data;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Mentoring;

/// <summary>/Concerns: a manager's list of her organisation's safeguarding concerns, open first and newest first, filtered by state.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class ConcernsModel(AppDbContext db, ConcernAccess access) : PontePageModel
{
    [BindProperty(SupportsGet = true)]
    public ConcernStatus? Status { get; set; }

    public Paged<ConcernRow> Results { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A state that is not one of the options (a hand-edited link) is ignored, not an error.
        if (Status is { } s && !Enum.IsDefined(s))
            Status = null;
        ModelState.Clear();
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        Results = await ConcernViews.ListAsync(db, access, Status, page, ct);
    }
}
