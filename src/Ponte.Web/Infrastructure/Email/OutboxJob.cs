using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Ponte.Data;
using Ponte.Data.Jobs;
using Ponte.Data.Outbox;

namespace Ponte.Web.Infrastructure.Email;

/// <summary>
/// Delivers the outbox: every committed message not yet written out is one job item, written as an
/// .eml file under the data directory and, when SMTP is configured, sent. A message rolled back with
/// its save never appears here, so nobody is told of something that did not happen; an SMTP failure
/// keeps the message (and its one-time link, protected) for the runner's next attempt, and after the
/// last one the message is marked failed until a manager tries it again.
/// </summary>
public sealed class OutboxJob(
    AppDbContext db,
    IOptions<PonteOptions> ponte,
    IOptions<SmtpOptions> smtp,
    SecretLinks secrets,
    ILogger<OutboxJob> logger) : IJob
{
    public static string Name => "outbox";

    /// <summary>Looked at on every pass of the runner (a cheap query): mail goes out within seconds.</summary>
    public DateTimeOffset NextRun(DateTimeOffset after) => after;

    public async Task<IReadOnlyList<DueItem>> FindDueAsync(DateTimeOffset now, CancellationToken ct) =>
        (await db.Outbox.AsNoTracking()
            .Where(m => m.FileName == null && m.FailedAt == null)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Take(500)
            .Select(m => new { m.Id, m.OrganisationId, m.To, m.Subject })
            .ToListAsync(ct))
        .Select(m => new DueItem(m.Id.ToString("N"), m.OrganisationId, $"{m.To} · {m.Subject}"))
        .ToList();

    public async Task HandleAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        var record = await FindAsync(key, ct);
        if (record is null || record.FileName is not null)
            return;

        var body = record.Body;
        try
        {
            if (record.ProtectedBody is not null)
                body = secrets.Unprotect(record.ProtectedBody);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Its key is gone: the message goes out with the link masked rather than never.
            logger.LogWarning("Outbox message {MessageId} could not be unprotected", record.Id);
        }

        var message = Compose(record, body);
        var sending = !string.IsNullOrWhiteSpace(smtp.Value.Host);
        if (sending)
        {
            await SendAsync(message, ct);
            record.SentAt = now;

            // With SMTP the file is a record of what went out, with the link masked.
            if (record.ProtectedBody is not null)
                message = Compose(record, record.Body);
        }

        // Without SMTP the file is the delivery (a pilot, a demo): it holds the link itself.
        var folder = Path.Combine(ponte.Value.ResolvedDataDirectory(), "outbox");
        Directory.CreateDirectory(folder);
        var name = string.Create(CultureInfo.InvariantCulture, $"{record.CreatedAt:yyyyMMdd-HHmmss}-{record.Id:N}.eml");
        await message.WriteToAsync(Path.Combine(folder, name), ct);
        record.FileName = name;
        record.ProtectedBody = null;
        record.FailedAt = null;
    }

    public async Task GaveUpAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        // The protected link stays for a retry by hand; the daily purge drops it once it has expired.
        if (await FindAsync(key, ct) is { } record)
            record.FailedAt = now;
    }

    private Task<OutboxMessage?> FindAsync(string key, CancellationToken ct) =>
        Guid.TryParseExact(key, "N", out var id)
            ? db.Outbox.SingleOrDefaultAsync(m => m.Id == id, ct)
            : Task.FromResult<OutboxMessage?>(null);

    /// <summary>The message as it goes out: the text, its HTML alternative, and the calendar invitation when there is one.</summary>
    private MimeMessage Compose(OutboxMessage record, string body)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(MailboxAddress.Parse(record.To));
        message.Subject = record.Subject;
        message.MessageId = $"{record.Id:N}@ponte";
        message.Date = record.CreatedAt;
        var builder = new BodyBuilder { TextBody = body, HtmlBody = MailHtml.Render(body, record.Culture) };
        if (record.Calendar is { Length: > 0 } calendar)
        {
            var method = record.CalendarMethod ?? "REQUEST";
            var invitation = new MimePart("text", "calendar")
            {
                Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(calendar))),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = method == "CANCEL" ? "cancel.ics" : "invite.ics",
            };
            invitation.ContentType.Parameters.Add("method", method);
            invitation.ContentType.Charset = "utf-8";
            builder.Attachments.Add(invitation);
        }

        message.Body = builder.ToMessageBody();
        if (record.Culture is { Length: > 0 } language)
            message.Body.Headers.Add(HeaderId.ContentLanguage, language);

        // Quoted-printable keeps every line short whatever the text, as mail servers require.
        foreach (var part in message.BodyParts.OfType<TextPart>())
            part.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        return message;
    }

    /// <summary>Sends one message; a failure is named by its kind and SMTP status only (its text may hold the recipient's address).</summary>
    private async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(smtp.Value.Host, smtp.Value.Port, smtp.Value.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(smtp.Value.UserName))
                await client.AuthenticateAsync(smtp.Value.UserName, smtp.Value.Password, ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
        }
        catch (SmtpCommandException e)
        {
            throw new JobFailure(string.Create(CultureInfo.InvariantCulture, $"SmtpRefused:{(int)e.StatusCode}"));
        }
        catch (Exception e) when (e is SmtpProtocolException or System.Net.Sockets.SocketException or IOException or TimeoutException or AuthenticationException or SslHandshakeException)
        {
            throw new JobFailure("Smtp" + e.GetType().Name.Replace("Exception", string.Empty, StringComparison.Ordinal));
        }
    }
}
