using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Ponte.Web.Data;

namespace Ponte.Web.Infrastructure.Email;

public interface IMailer
{
    /// <summary>Adds the message to the outbox (saved with the caller's unit of work) and writes it to the outbox folder.</summary>
    Task QueueAsync(AppDbContext db, Guid? organisationId, string to, string subject, string body, CancellationToken ct = default);
}

/// <summary>
/// Every message is kept in the outbox table and written as an .eml file under the data
/// directory; when SMTP is configured it is also sent.
/// </summary>
public sealed class Mailer(
    IOptions<PonteOptions> ponte,
    IOptions<SmtpOptions> smtp,
    TimeProvider clock,
    ILogger<Mailer> logger) : IMailer
{
    public async Task QueueAsync(AppDbContext db, Guid? organisationId, string to, string subject, string body, CancellationToken ct = default)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        var record = new OutboxMessage
        {
            OrganisationId = organisationId,
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = clock.GetUtcNow(),
        };
        var folder = Path.Combine(ponte.Value.ResolvedDataDirectory(), "outbox");
        Directory.CreateDirectory(folder);
        record.FileName = $"{record.CreatedAt:yyyyMMdd-HHmmss}-{record.Id:N}.eml";
        await message.WriteToAsync(Path.Combine(folder, record.FileName), ct);

        if (!string.IsNullOrWhiteSpace(smtp.Value.Host))
        {
            try
            {
                using var client = new SmtpClient();
                await client.ConnectAsync(smtp.Value.Host, smtp.Value.Port, smtp.Value.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
                if (!string.IsNullOrEmpty(smtp.Value.UserName))
                    await client.AuthenticateAsync(smtp.Value.UserName, smtp.Value.Password, ct);
                await client.SendAsync(message, ct);
                await client.DisconnectAsync(true, ct);
                record.SentAt = clock.GetUtcNow();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The message stays in the outbox unsent; staff can see it there.
                logger.LogWarning(e, "Sending mail to {To} failed", to);
            }
        }

        db.Outbox.Add(record);
    }
}
