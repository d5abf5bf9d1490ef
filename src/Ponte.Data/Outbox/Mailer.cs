using MimeKit;

namespace Ponte.Data.Outbox;

public interface IMailer
{
    /// <summary>Adds the message to the outbox, saved with the caller's unit of work; it is written out and sent once that commits.</summary>
    Task QueueAsync(AppDbContext db, Guid? organisationId, string to, string subject, string body, CancellationToken ct = default);
}

/// <summary>
/// Queues a message in the outbox table, in the caller's unit of work: it exists only if the
/// caller's save commits. the outbox job writes it out (and sends it) afterwards.
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
