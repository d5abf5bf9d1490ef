using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Who may read a safeguarding concern: the managers of its organisation, and nobody else — not
/// the person who raised it, not the other side of her process, not trainers, not the
/// coordinator (docs/decisions/0019-safeguarding-concerns.md). A concern not visible looks like
/// one that does not exist (404).
/// </summary>
public sealed class ConcernAccess(AppDbContext db, CurrentUser me)
{
    public bool IsManager => me.IsManager && me.OrganisationId is not null;

    public IQueryable<Concern> Visible() =>
        IsManager ? db.Concerns.Where(c => c.OrganisationId == me.OrganisationId) : db.Concerns.Where(c => false);

    /// <summary>The concern, if the caller may read it; otherwise <see cref="NotFoundException"/>.</summary>
    public async Task<Concern> GetAsync(Guid id, CancellationToken ct = default) =>
        (await Visible().FirstOrDefaultAsync(c => c.Id == id, ct)).OrNotFound();
}
