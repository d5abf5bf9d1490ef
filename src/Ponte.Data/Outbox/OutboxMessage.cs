namespace Ponte.Data.Outbox;

/// <summary>An email as it was written, kept so staff can see what went out (and, without SMTP, instead of sending).</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? OrganisationId { get; set; }

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    /// <summary>The text as staff may see it: a one-time link in it is masked.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>
    /// The full text of a message that carries a one-time link, protected with Data Protection
    /// until it is written out; cleared once dispatched. Null for messages without a secret.
    /// </summary>
    public string? ProtectedBody { get; set; }

    /// <summary>The recipient's language the text is written in (the HTML alternative's <c>lang</c> and direction).</summary>
    public string? Culture { get; set; }

    /// <summary>The message template the text was made from, e.g. <c>Application.Received</c>.</summary>
    public string? Template { get; set; }

    /// <summary>An iCalendar invitation sent with the message (.ics), or null.</summary>
    public string? Calendar { get; set; }

    /// <summary>The invitation's iTIP method: REQUEST (new or moved) or CANCEL.</summary>
    public string? CalendarMethod { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? FileName { get; set; }

    /// <summary>When delivery was given up after the last attempt (the job item says why).</summary>
    public DateTimeOffset? FailedAt { get; set; }
}
