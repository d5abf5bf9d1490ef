namespace Ponte.Web.Data;

/// <summary>An email as it was written, kept so staff can see what went out (and, without SMTP, instead of sending).</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? OrganisationId { get; set; }

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? FileName { get; set; }
}
