using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Programmes;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db) : PontePageModel
{
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Programmes = await db.Programmes.OrderBy(p => p.Name).ToListAsync(ct);
}
