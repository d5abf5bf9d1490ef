using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Organisations;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Infrastructure.Localization;

/// <summary>
/// Local time for one request. People type and read times in one zone: their own if they set one,
/// else their organisation's, else UTC; the database holds UTC instants. This turns what a
/// datetime-local input sends into the instant stored, and writes instants and dates the one way
/// the request's culture reads them (its long date without the weekday, its short time).
/// </summary>
public sealed partial class LocalTime
{
    private static readonly string[] InputFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];
    private static readonly ConcurrentDictionary<string, Patterns> PatternCache = new(StringComparer.Ordinal);

    private readonly Func<TimeZoneInfo>? _resolve;
    private TimeZoneInfo? _zone;

    public LocalTime(TimeZoneInfo zone) => _zone = zone;

    private LocalTime(Func<TimeZoneInfo> resolve) => _resolve = resolve;

    /// <summary>The request's zone, read from the database on first use.</summary>
    public TimeZoneInfo Zone => _zone ??= _resolve!();

    /// <summary>The zone's IANA id ("Europe/Helsinki"), as hints name it.</summary>
    public string ZoneId => Zone.Id;

    /// <summary>The signed-in person's zone: her own, else her organisation's, else UTC.</summary>
    public static LocalTime ForRequest(IServiceProvider services) => new(() =>
    {
        if (services.GetRequiredService<CurrentUser>().UserId is not { } id)
            return TimeZoneInfo.Utc;
        var db = services.GetRequiredService<AppDbContext>();
        var zones = db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { Own = u.TimeZone, Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.TimeZone).FirstOrDefault() })
            .FirstOrDefault();
        return Resolve(zones?.Own, zones?.Organisation);
    });

    /// <summary>The first of the zones that this machine knows; UTC when none is set or known.</summary>
    public static TimeZoneInfo Resolve(params string?[] zones)
    {
        foreach (var id in zones)
        {
            if (TimeZones.Canonical(id) is { } known && TimeZoneInfo.TryFindSystemTimeZoneById(known, out var zone))
                return zone;
        }

        return TimeZoneInfo.Utc;
    }

    /// <summary>The instant in this zone's local time.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>Today's date in this zone.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now).DateTime);

    // ---- What people type ----

    /// <summary>
    /// The UTC instant a local date and time names in <paramref name="zone"/>; null for a time the
    /// clocks skip when summer time starts. A time that happens twice when summer time ends is
    /// taken at its first occurrence, still in summer time (the larger offset): Helsinki's
    /// 2026-10-25 03:30 is 00:30 UTC, not 01:30 UTC. Always the first, so a time typed, stored and
    /// typed again lands on the same instant.
    /// </summary>
    public static DateTimeOffset? ToUtc(System.DateTime local, TimeZoneInfo zone)
    {
        local = System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            return null;
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>
    /// The instant a datetime-local value ("2026-10-25T03:30") names in this zone. Refusals name
    /// <paramref name="field"/>: <c>Required</c>, <c>DateFormat</c>, or <c>TimeSkipped</c> (a time the
    /// clocks jump over, with the time and the zone as arguments).
    /// </summary>
    public DateTimeOffset Instant(string? typed, string field)
    {
        if (string.IsNullOrWhiteSpace(typed))
            throw new DomainValidationException(field, "Required", "Enter a date and time.");
        if (!System.DateTime.TryParseExact(typed.Trim(), InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || local.Year is < 1000 or > 9998)
            throw new DomainValidationException(field, "DateFormat", "Enter a valid date and time.");
        return ToUtc(local, Zone)
            ?? throw new DomainValidationException(field, "TimeSkipped", $"{local:yyyy-MM-dd HH:mm} does not exist in {ZoneId}: the clocks go forward.",
                FormatLocal(local, P.DateTime), ZoneId);
    }

    /// <summary>The instant of a local date and time (a screening's noon); a time the clocks skip is taken an hour later.</summary>
    public DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return ToUtc(local, Zone) ?? ToUtc(local.AddHours(1), Zone) ?? new DateTimeOffset(local, Zone.BaseUtcOffset).ToUniversalTime();
    }

    /// <summary>The value a datetime-local input shows for a stored instant.</summary>
    public string Input(DateTimeOffset? at) =>
        at is { } value ? ToLocal(value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    // ---- What people read ----

    /// <summary>"October 25, 2026", "25 de outubro de 2026", "25 жовтня 2026 р.": the date in this zone.</summary>
    public string Date(DateTimeOffset at) => FormatLocal(ToLocal(at).DateTime, P.Date);

    /// <summary>A calendar date (no zone to apply), written like every other date.</summary>
    public static string Date(DateOnly date) => date.ToString(P.Date, CultureInfo.CurrentCulture);

    /// <summary>The time of day in this zone, in the culture's short pattern.</summary>
    public string Time(DateTimeOffset at) => FormatLocal(ToLocal(at).DateTime, P.Time);

    /// <summary>Date and time in this zone: "October 25, 2026, 3:30 AM", "25 de outubro de 2026, 03:30".</summary>
    public string DateTime(DateTimeOffset at) => FormatLocal(ToLocal(at).DateTime, P.DateTime);

    /// <summary>Day and short month, for tight places such as a chart's axis.</summary>
    public string DayMonth(DateTimeOffset at) => FormatLocal(ToLocal(at).DateTime, P.DayMonth);

    public string Year(DateTimeOffset at) => ToLocal(at).Year.ToString(CultureInfo.CurrentCulture);

    /// <summary>The <c>datetime</c> attribute of a <c>time</c> element: the local time with its offset.</summary>
    public string Machine(DateTimeOffset at) => ToLocal(at).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The <c>datetime</c> attribute for the local date of an instant.</summary>
    public string MachineDate(DateTimeOffset at) => ToLocal(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FormatLocal(System.DateTime local, string pattern) => local.ToString(pattern, CultureInfo.CurrentCulture);

    private static Patterns P => PatternCache.GetOrAdd(CultureInfo.CurrentCulture.Name, _ => Patterns.Of(CultureInfo.CurrentCulture.DateTimeFormat));

    /// <summary>The culture's own patterns: its long date without the weekday, joined to its short time as its long date joins the weekday.</summary>
    private sealed record Patterns(string Date, string Time, string DateTime, string DayMonth)
    {
        public static Patterns Of(DateTimeFormatInfo f)
        {
            var weekday = Weekday().Match(f.LongDatePattern);
            var date = weekday.Success ? f.LongDatePattern.Remove(weekday.Index, weekday.Length).Trim(' ', ',', '،') : f.LongDatePattern;
            var glue = weekday.Success && weekday.Index == 0 && weekday.Groups["glue"].Value is { Length: > 0 } g ? g : ", ";
            return new Patterns(date, f.ShortTimePattern, date + glue + f.ShortTimePattern, f.MonthDayPattern.Replace("MMMM", "MMM", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("dddd(?<glue>[ ,،]*)")]
    private static partial Regex Weekday();
}
