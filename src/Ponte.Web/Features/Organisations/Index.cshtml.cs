using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Organisations;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Organisations;

[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(AppDbContext db) : PontePageModel
{
    public Paged<Organisation> Organisations { get; private set; } = null!;

    public string? Q { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken ct = default)
    {
        Q = q?.Trim();
        var query = db.Organisations.AsQueryable();
        if (!string.IsNullOrEmpty(Q))
            query = query.Where(o => o.Name.ToLower().Contains(Q.ToLower()) || o.City.ToLower().Contains(Q.ToLower()));
        Organisations = await Paged<Organisation>.Of(query.OrderBy(o => o.Name), PageNumber, 25, ct);
    }
}
