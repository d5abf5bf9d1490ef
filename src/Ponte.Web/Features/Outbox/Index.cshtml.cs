using Ponte.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ponte.Data;
using Ponte.Data.Outbox;
using Ponte.Web.Infrastructure;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Outbox;

/// <summary>
/// The mail Ponte wrote for the caller's organisation. Shown in development and demo sites only:
/// in production the messages go out by SMTP and invitation links must not sit on a page.
/// </summary>
[Authorize(Roles = Roles.OrganisationManager + "," + Roles.NetworkCoordinator)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, IOptions<PonteOptions> options, IWebHostEnvironment env) : PontePageModel
{
    public Paged<OutboxMessage> Messages { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct = default)
    {
        if (!options.Value.DemoData && !env.IsDevelopment())
            return NotFound();
        var mine = me.IsCoordinator ? db.Outbox.Where(m => m.OrganisationId == null) : db.Outbox.Where(m => m.OrganisationId == me.OrganisationId);
        // Newest first; messages written in the same instant by the order they were made (their ids are time-ordered).
        Messages = await Paged<OutboxMessage>.Of(mine.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id), PageNumber, 25, ct);
        return Page();
    }
}
