using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Ponte.Web.Data;

namespace Ponte.Web.Infrastructure.Email;

public interface IMailer
{
    /// <summary>Adds the message to the outbox, saved with the caller's unit of work; it is written out and sent once that commits.</summary>
    Task QueueAsync(AppDbContext db, Guid? organisationId, string to, string subject, string body, CancellationToken ct = default);
}

/// <summary>
/// Queues a message in the outbox table, in the caller's unit of work: it exists only if the
/// caller's save commits. <see cref="OutboxDispatcher"/> writes it out (and sends it) afterwards.
/// </summary>
public sealed class Mailer(TimeProvider clock, OutboxSignal signal, SecretLinks secrets) : IMailer
{
    public Task QueueAsync(AppDbContext db, Guid? organisationId, string to, string subject, string body, CancellationToken ct = default)
    {
        // Refuse a malformed address now, while the caller can still report it.
        MailboxAddress.Parse(to);

        // A one-time link never sits in the table in clear: staff see it masked, the dispatcher unprotects it.
        var secret = SecretLinks.HasToken(body);
        db.Outbox.Add(new OutboxMessage
        {
            OrganisationId = organisationId,
            To = to,
            Subject = subject,
            Body = secret ? SecretLinks.MaskTokens(body) : body,
            ProtectedBody = secret ? secrets.Protect(body) : null,
            CreatedAt = clock.GetUtcNow(),
        });
        signal.Raise();
        return Task.CompletedTask;
    }
}

/// <summary>Wakes the dispatcher when a message may be waiting.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _raised = new(0, 1);

    public void Raise()
    {
        try
        {
            _raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised and not yet seen: one wake-up serves both.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _raised.WaitAsync(timeout, ct);
}

/// <summary>
/// Writes every committed, not yet dispatched message as an .eml file under the data directory
/// and, when SMTP is configured, sends it. A message rolled back with its save never appears
/// here, so nobody is told of something that did not happen.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOptions<PonteOptions> ponte,
    IOptions<SmtpOptions> smtp,
    TimeProvider clock,
    SecretLinks secrets,
    ILogger<OutboxDispatcher> logger)
{
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Dispatches what is waiting; returns how many messages it wrote.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct = default)
    {
        await _one.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pending = await db.Outbox.Where(m => m.FileName == null).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(100).ToListAsync(ct);
            if (pending.Count == 0)
                return 0;
            var folder = Path.Combine(ponte.Value.ResolvedDataDirectory(), "outbox");
            Directory.CreateDirectory(folder);
            foreach (var record in pending)
            {
                var message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse(smtp.Value.From));
                message.To.Add(MailboxAddress.Parse(record.To));
                message.Subject = record.Subject;
                var body = record.Body;
                try
                {
                    if (record.ProtectedBody is not null)
                        body = secrets.Unprotect(record.ProtectedBody);
                }
                catch (System.Security.Cryptography.CryptographicException e)
                {
                    // Its key is gone: the message goes out with the link masked rather than block the queue.
                    logger.LogWarning(e, "Outbox message {MessageId} could not be unprotected", record.Id);
                }

                message.Body = new TextPart("plain") { Text = body };
                var name = $"{record.CreatedAt:yyyyMMdd-HHmmss}-{record.Id:N}.eml";
                var sent = await SendAsync(message, record.Id, ct);
                if (sent)
                    record.SentAt = clock.GetUtcNow();

                // The file holds a one-time link only when it is the delivery itself (no SMTP);
                // with SMTP it is a record of what went out, with the link masked.
                if (!string.IsNullOrWhiteSpace(smtp.Value.Host) && record.ProtectedBody is not null)
                    message.Body = new TextPart("plain") { Text = record.Body };
                await message.WriteToAsync(Path.Combine(folder, name), ct);
                record.FileName = name;
                record.ProtectedBody = null;

                // Recorded one by one, whatever comes next, so a message that went out is never sent twice.
                await db.SaveChangesAsync(CancellationToken.None);
            }

            return pending.Count;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<bool> SendAsync(MimeMessage message, Guid messageId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(smtp.Value.Host))
            return false;
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(smtp.Value.Host, smtp.Value.Port, smtp.Value.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(smtp.Value.UserName))
                await client.AuthenticateAsync(smtp.Value.UserName, smtp.Value.Password, ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message stays in the outbox unsent; staff can see it there.
            logger.LogWarning("Sending outbox message {MessageId} failed: {ErrorType}, SMTP status {SmtpStatus} ({SmtpError})", messageId, e.GetType().Name, (int?)(e as SmtpCommandException)?.StatusCode, (e as SmtpCommandException)?.ErrorCode);
            return false;
        }
    }
}

/// <summary>Runs the dispatcher when signalled, and every few seconds for what a transaction committed later.</summary>
public sealed class OutboxWorker(OutboxDispatcher dispatcher, OutboxSignal signal, ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A signal comes as the message is queued, before its save commits: look again shortly after.
                if (await signal.WaitAsync(Poll, stoppingToken))
                    await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
                while (await dispatcher.DispatchPendingAsync(stoppingToken) > 0)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Dispatching the outbox failed; trying again shortly");
            }
        }
    }
}
