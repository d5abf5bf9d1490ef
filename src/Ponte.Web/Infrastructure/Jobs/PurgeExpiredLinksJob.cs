using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ponte.Data;
using Ponte.Data.Jobs;
using Ponte.Data.Outbox;

namespace Ponte.Web.Infrastructure.Jobs;

/// <summary>
/// Once a day (03:00 UTC, or at start-up when a day was missed): one-time links whose time is over
/// are removed from where they rest, and finished job items older than a month are forgotten.
/// An invitation link lives seven days and a reset link two hours, so after
/// <see cref="LinkLifetime"/> no stored link can still open anything: the protected copies of
/// undelivered messages are dropped, and the written messages (the delivery where no SMTP is
/// configured) have their links masked.
/// </summary>
public sealed class PurgeExpiredLinksJob(AppDbContext db, IOptions<PonteOptions> ponte) : IJob
{
    public static string Name => "purge-expired-links";

    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    private static readonly TimeSpan KeepFinishedItems = TimeSpan.FromDays(30);

    public DateTimeOffset NextRun(DateTimeOffset after)
    {
        var today = new DateTimeOffset(after.UtcDateTime.Date, TimeSpan.Zero).AddHours(3);
        return today > after ? today : today.AddDays(1);
    }

    /// <summary>One item per day the purge runs on.</summary>
    public Task<IReadOnlyList<DueItem>> FindDueAsync(DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DueItem>>([new DueItem(now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, Name)]);

    public async Task HandleAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        var expired = now - LinkLifetime;
        await db.Outbox
            .Where(m => m.ProtectedBody != null && m.CreatedAt < expired)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ProtectedBody, (string?)null), ct);

        var finished = now - KeepFinishedItems;
        await db.JobItems
            .Where(i => i.State == JobItemState.Done && i.CompletedAt < finished)
            .ExecuteDeleteAsync(ct);

        var folder = Path.Combine(ponte.Value.ResolvedDataDirectory(), "outbox");
        if (!Directory.Exists(folder))
            return;
        // Only messages that carried a link (their stored text has it masked) need looking at.
        var written = await db.Outbox.AsNoTracking()
            .Where(m => m.FileName != null && m.CreatedAt < expired && m.Body.Contains(SecretLinks.Mask))
            .Select(m => m.FileName!)
            .ToListAsync(ct);
        foreach (var name in written)
        {
            var path = Path.Combine(folder, Path.GetFileName(name));
            if (!File.Exists(path))
                continue;
            MimeKit.MimeMessage message;
            await using (var stream = File.OpenRead(path))
                message = await MimeKit.MimeMessage.LoadAsync(stream, ct);
            var parts = message.BodyParts.OfType<MimeKit.TextPart>().Where(t => SecretLinks.HasToken(t.Text)).ToList();
            if (parts.Count == 0)
                continue;
            foreach (var part in parts)
                part.Text = SecretLinks.MaskTokens(part.Text);
            await message.WriteToAsync(path, ct);
        }
    }
}
