using Microsoft.EntityFrameworkCore;

namespace Ponte.Data;

/// <summary>
/// Records keep the id of the account that acted, never a copy of her name; this looks the names
/// up for showing, so a person's name lives in one place (her account) and can be changed or erased there.
/// </summary>
public sealed class UserNames(IReadOnlyDictionary<Guid, string> names)
{
    public static readonly UserNames None = new(new Dictionary<Guid, string>());

    /// <summary>The account's display name; null when there is no id or the account no longer exists.</summary>
    public string? this[Guid? id] => id is { } i && names.TryGetValue(i, out var name) ? name : null;
}

public static class UserNamesQuery
{
    /// <summary>
    /// The display names of the given accounts. Not filtered by organisation: the ids come from
    /// records the caller may already see (a coordinator's step on an organisation's record shows her name).
    /// </summary>
    public static async Task<UserNames> UserNamesAsync(this AppDbContext db, IEnumerable<Guid?> ids, CancellationToken ct = default)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0)
            return UserNames.None;
        var names = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new UserNames(names);
    }
}
