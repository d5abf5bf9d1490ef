using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;

namespace Ponte.Web.Features.Shared;

/// <summary>Who did something, as a page or a response shows it: the account's current name, the person herself, or Ponte.</summary>
public static class Who
{
    /// <param name="subject">The name of the person the record is about, shown when she acted for herself.</param>
    public static string Of(IStringLocalizer text, UserNames names, Guid? userId, ActorKind kind = ActorKind.User, string? subject = null) => kind switch
    {
        ActorKind.Subject => subject ?? text["Who.Subject"],
        ActorKind.System => text["Who.System"],
        _ when userId is null => text["Who.System"],
        _ => names[userId] ?? text["Who.FormerAccount"],
    };

    public static string Of(IStringLocalizer text, UserNames names, StatusChange change, string? subject = null) =>
        Of(text, names, change.ActorUserId, change.ActorKind, subject);
}

/// <summary>The names a page shows for who did what: load the ids once, then read each line.</summary>
public sealed class WhoDidIt(AppDbContext db, IStringLocalizer<Infrastructure.Localization.SharedResource> text)
{
    private readonly Dictionary<Guid, string> _names = [];

    public async Task<WhoDidIt> LoadAsync(IEnumerable<Guid?> ids, CancellationToken ct = default)
    {
        var missing = ids.OfType<Guid>().Where(id => !_names.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var found = await db.UserNamesAsync(missing.Cast<Guid?>(), ct);
            foreach (var id in missing)
            {
                if (found[id] is { } name)
                    _names[id] = name;
            }
        }

        return this;
    }

    public string Of(StatusChange change, string? subject = null) => Who.Of(text, new UserNames(_names), change, subject);

    public string Of(Guid? userId, ActorKind kind = ActorKind.User, string? subject = null) => Who.Of(text, new UserNames(_names), userId, kind, subject);
}
