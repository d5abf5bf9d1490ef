using System.Globalization;
using System.Text;
using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

/// <summary>Someone named on an invitation: an email address and the name shown beside it.</summary>
public sealed record CalendarPerson(string Email, string? Name);

/// <summary>
/// A meeting as an iCalendar (RFC 5545) invitation, the text of an email's .ics attachment:
/// METHOD:REQUEST while it is scheduled (new or changed), METHOD:CANCEL once cancelled. Every
/// version of one meeting has the same UID and a higher SEQUENCE, so calendars replace the event.
/// </summary>
public static class MeetingCalendar
{
    public const string ProductId = "-//Ponte//Meetings//EN";

    /// <summary>RFC 5545 3.1: a content line longer than this many octets (without its CRLF) is folded.</summary>
    public const int MaxLineOctets = 75;

    private const string UtcFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>REQUEST for a scheduled meeting, CANCEL for a cancelled one; a logged meeting sends no invitation.</summary>
    public static string Method(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.Status switch
        {
            MeetingStatus.Scheduled => "REQUEST",
            MeetingStatus.Cancelled => "CANCEL",
            _ => throw new DomainException("MeetingClosed", "A logged meeting sends no invitation.", meeting.Status.ToString()),
        };
    }

    /// <summary>The MIME type of the attachment, with the method calendars read first.</summary>
    public static string ContentType(Meeting meeting) => $"text/calendar; method={Method(meeting)}; charset=UTF-8";

    /// <summary>
    /// The invitation to <paramref name="meeting"/> from <paramref name="organizer"/> (the
    /// organisation's sender address and name) to each of <paramref name="attendees"/>, stamped
    /// <paramref name="now"/>. <paramref name="summary"/> and <paramref name="description"/> are
    /// already worded in the readers' language. The place, or else the link, is the location.
    /// </summary>
    public static string Invitation(
        Meeting meeting,
        string summary,
        string? description,
        CalendarPerson organizer,
        IReadOnlyCollection<CalendarPerson> attendees,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(organizer);
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        var method = Method(meeting);
        var recipients = attendees.DistinctBy(a => a.Email.Trim(), StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Count == 0)
            throw new ArgumentException("An invitation needs at least one attendee.", nameof(attendees));

        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "PRODID:" + ProductId,
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:" + method,
            "BEGIN:VEVENT",
            "UID:" + Text(meeting.CalendarUid),
            "SEQUENCE:" + meeting.Sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + Utc(now),
            "DTSTART:" + Utc(meeting.StartsAt),
            "DTEND:" + Utc(meeting.EndsAt),
            "SUMMARY:" + Text(summary.Trim()),
        };
        if ((meeting.Place ?? meeting.Link) is { } location)
            lines.Add("LOCATION:" + Text(location));
        if (!string.IsNullOrWhiteSpace(description))
            lines.Add("DESCRIPTION:" + Text(description.Trim()));
        if (meeting.Mode == MeetingMode.Online && meeting.Link is { } link)
            lines.Add("URL:" + link);
        lines.Add($"ORGANIZER;CN={Parameter(organizer.Name)}:{MailTo(organizer.Email)}");
        foreach (var attendee in recipients)
            lines.Add($"ATTENDEE;CN={Parameter(attendee.Name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:{MailTo(attendee.Email)}");
        lines.Add(meeting.Status == MeetingStatus.Cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        lines.Add("TRANSP:OPAQUE");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var ics = new StringBuilder();
        foreach (var line in lines)
            AppendFolded(ics, line);
        return ics.ToString();
    }

    /// <summary>RFC 5545 3.3.11: backslash, semicolon and comma escaped, any line break as \n; other control characters cannot be written and are dropped.</summary>
    private static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    text.Append(@"\\");
                    break;
                case ';':
                    text.Append(@"\;");
                    break;
                case ',':
                    text.Append(@"\,");
                    break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                        i++;
                    text.Append(@"\n");
                    break;
                case '\n':
                    text.Append(@"\n");
                    break;
                default:
                    if (c == '\t' || !char.IsControl(c))
                        text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A parameter value, always quoted; a quote, caret or line break in it encoded as RFC 6868 says.</summary>
    private static string Parameter(string? value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in (value ?? string.Empty).Trim())
        {
            if (c == '^')
                text.Append("^^");
            else if (c == '"')
                text.Append("^'");
            else if (c == '\n')
                text.Append("^n");
            else if (c == '\t' || !char.IsControl(c))
                text.Append(c);
        }

        return text.Append('"').ToString();
    }

    private static string MailTo(string email)
    {
        var address = email?.Trim() ?? string.Empty;
        if (address.IndexOf('@', StringComparison.Ordinal) < 1
            || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or ':' or ';' or ','))
            throw new ArgumentException($"'{email}' is not an email address an invitation can name.", nameof(email));
        return "mailto:" + address;
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    /// <summary>Folds at <see cref="MaxLineOctets"/> UTF-8 octets, between characters only: a continuation line starts with a space, which counts.</summary>
    private static void AppendFolded(StringBuilder ics, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                ics.Append("\r\n ");
                octets = 1;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
