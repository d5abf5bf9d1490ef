using Microsoft.EntityFrameworkCore;

namespace Ponte.Web.Tests.Infrastructure;

public static class Names
{
    /// <summary>The display name of the account a record names as its actor (records keep ids, not names).</summary>
    public static Task<string?> NameOfAsync(this PonteFactory factory, Guid? userId) =>
        factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == userId).Select(u => (string?)u.DisplayName).SingleOrDefaultAsync());
}
