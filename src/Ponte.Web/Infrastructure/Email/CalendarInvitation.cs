using System.Globalization;
using System.Text;

namespace Ponte.Web.Infrastructure.Email;

/// <summary>
/// An iCalendar (RFC 5545) invitation for one event, in the organisation's time zone: the times are
/// written as local times with that zone's <c>TZID</c>, and a <c>VTIMEZONE</c> gives its offsets
/// around the event. The <see cref="Uid"/> is stable per event, so an update (a higher
/// <see cref="Sequence"/>) or a cancellation replaces the invitation in the person's calendar.
/// </summary>
public sealed record CalendarInvitation(
    string Uid,
    int Sequence,
    DateTimeOffset Start,
    TimeSpan Length,
    TimeZoneInfo Zone,
    string Summary,
    string? Location,
    string? Url,
    string? Organiser = null,
    bool Cancelled = false)
{
    public string Method => Cancelled ? "CANCEL" : "REQUEST";

    /// <summary>The invitation as an .ics text, lines folded at 75 octets and ended with CRLF.</summary>
    public string ToIcs(DateTimeOffset stamp)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Ponte//Ponte//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:" + Method,
        };
        lines.AddRange(TimeZoneLines());
        lines.Add("BEGIN:VEVENT");
        lines.Add("UID:" + Escape(Uid));
        lines.Add("SEQUENCE:" + Sequence.ToString(CultureInfo.InvariantCulture));
        lines.Add("DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        lines.Add($"DTSTART;TZID={Zone.Id}:{Local(Start)}");
        lines.Add($"DTEND;TZID={Zone.Id}:{Local(Start + Length)}");
        lines.Add("SUMMARY:" + Escape(Summary));
        if (Location is { Length: > 0 })
            lines.Add("LOCATION:" + Escape(Location));
        if (Url is { Length: > 0 })
            lines.Add("URL:" + Escape(Url));
        if (Organiser is { Length: > 0 })
            lines.Add("ORGANIZER:mailto:" + Escape(Organiser));
        lines.Add("STATUS:" + (Cancelled ? "CANCELLED" : "CONFIRMED"));
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var ics = new StringBuilder();
        foreach (var line in lines)
            Fold(ics, line);
        return ics.ToString();
    }

    private string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>The zone's observances in force from a year before the event to a year after: each change of offset as a dated observance.</summary>
    private IEnumerable<string> TimeZoneLines()
    {
        yield return "BEGIN:VTIMEZONE";
        yield return "TZID:" + Zone.Id;
        var from = Start.UtcDateTime.AddYears(-1);
        var to = Start.UtcDateTime.AddYears(1);
        var offset = Zone.GetUtcOffset(from);
        yield return Observance(Zone.IsDaylightSavingTime(from), from + offset, offset, offset);
        for (var t = from; t < to; t = t.AddHours(1))
        {
            var next = Zone.GetUtcOffset(t.AddHours(1));
            if (next == offset)
                continue;

            // The change happened within this hour: find its minute.
            var at = t;
            while (Zone.GetUtcOffset(at) == offset)
                at = at.AddMinutes(1);
            yield return Observance(Zone.IsDaylightSavingTime(at), at + offset, offset, next);
            offset = next;
        }

        yield return "END:VTIMEZONE";
    }

    private static string Observance(bool daylight, DateTime localStart, TimeSpan from, TimeSpan to)
    {
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        return string.Join("\r\n",
            "BEGIN:" + kind,
            "DTSTART:" + localStart.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture),
            "TZOFFSETFROM:" + Offset(from),
            "TZOFFSETTO:" + Offset(to),
            "END:" + kind);
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Writes one content line (or several joined by CRLF), each folded at 75 octets without splitting a character.</summary>
    private static void Fold(StringBuilder ics, string text)
    {
        foreach (var line in text.Split("\r\n"))
        {
            var octets = 0;
            var first = true;
            foreach (var rune in line.EnumerateRunes())
            {
                var size = rune.Utf8SequenceLength;
                if (octets + size > (first ? 75 : 74))
                {
                    ics.Append("\r\n ");
                    octets = 0;
                    first = false;
                }

                ics.Append(rune.ToString());
                octets += size;
            }

            ics.Append("\r\n");
        }
    }
}
