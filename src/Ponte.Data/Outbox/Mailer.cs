using MimeKit;

namespace Ponte.Data.Outbox;

/// <summary>
/// A message as it is queued: plain text in the recipient's language (the HTML alternative is made
/// from it when it is sent), the template it came from, and an optional calendar invitation.
/// </summary>
public sealed record OutgoingMail(
    Guid? OrganisationId,
    string To,
    string Subject,
    string Body,
    string? Culture = null,
    string? Template = null,
    string? Calendar = null,
    string? CalendarMethod = null);

public interface IMailer
{
    /// <summary>Adds the message to the outbox, saved with the caller's unit of work; it is written out and sent once that commits.</summary>
    Task QueueAsync(AppDbContext db, OutgoingMail mail, CancellationToken ct = default);

    Task QueueAsync(AppDbContext db, Guid? organisationId, string to, string subject, string body, CancellationToken ct = default) =>
        QueueAsync(db, new OutgoingMail(organisationId, to, subject, body), ct);
}

/// <summary>
/// Queues a message in the outbox table, in the caller's unit of work: it exists only if the
/// caller's save commits. The outbox job writes it out (and sends it) afterwards.
/// </summary>
public sealed class Mailer(TimeProvider clock, OutboxSignal signal, SecretLinks secrets) : IMailer
{
    public Task QueueAsync(AppDbContext db, OutgoingMail mail, CancellationToken ct = default)
    {
        // Refuse a malformed address now, while the caller can still report it.
        MailboxAddress.Parse(mail.To);

        // A one-time link never sits in the table in clear: staff see it masked, the outbox job unprotects it.
        var secret = SecretLinks.HasToken(mail.Body);
        db.Outbox.Add(new OutboxMessage
        {
            OrganisationId = mail.OrganisationId,
            To = mail.To,
            Subject = mail.Subject,
            Body = secret ? SecretLinks.MaskTokens(mail.Body) : mail.Body,
            ProtectedBody = secret ? secrets.Protect(mail.Body) : null,
            Culture = mail.Culture,
            Template = mail.Template,
            Calendar = mail.Calendar,
            CalendarMethod = mail.CalendarMethod,
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
