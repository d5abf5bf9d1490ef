using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ponte.Data;

/// <summary>
/// Identity's account store. Accounts are looked up before anyone's organisation is known
/// (signing in, a reset link, the security stamp checked on every request), so the store reads
/// the accounts table across organisations on purpose; queries written against
/// <see cref="AppDbContext"/> directly keep the organisation filter every entity has.
/// </summary>
public sealed class PonteUserStore(AppDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole<Guid>, AppDbContext, Guid>(context, describer)
{
    public override IQueryable<ApplicationUser> Users => Context.Set<ApplicationUser>().IgnoreQueryFilters();

    public override Task<ApplicationUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        var id = ConvertIdFromString(userId);
        return Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
    }
}
