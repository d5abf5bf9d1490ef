using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Ponte.Data.Outcomes;

/// <summary>A random key the site makes once and keeps in its database (the reports' pseudonyms are keyed by one).</summary>
public sealed class SiteSecret
{
    public const int NameMax = 60;

    private SiteSecret()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public byte[] Value { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The secret called <paramref name="name"/>, made on first use. Two sites on one database that
    /// make it at the same moment agree: the second insert fails on the key and reads the first's.
    /// </summary>
    public static async Task<byte[]> GetOrCreateAsync(AppDbContext db, string name, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.SiteSecrets.AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).FirstOrDefaultAsync(ct);
        if (existing is not null)
            return existing;

        var secret = new SiteSecret { Name = name, Value = RandomNumberGenerator.GetBytes(32), CreatedAt = now };
        db.SiteSecrets.Add(secret);
        try
        {
            await db.SaveChangesAsync(ct);
            return secret.Value;
        }
        catch (DbUpdateException)
        {
            db.Entry(secret).State = EntityState.Detached;
            return await db.SiteSecrets.AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).FirstAsync(ct);
        }
    }
}
