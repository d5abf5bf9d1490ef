using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>Typed local times to instants and back, and one way of writing dates per culture (no site needed).</summary>
public sealed class LocalTimeRulesTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute, int year = 2026) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static TheoryData<string, DateTimeOffset> SummerTimeEnds() => new()
    {
        // 25 October 2026 in Helsinki: 04:00 EEST (UTC+3) becomes 03:00 EET (UTC+2).
        { "2026-10-25T02:30", Utc(10, 24, 23, 30) },
        { "2026-10-25T02:59", Utc(10, 24, 23, 59) },
        { "2026-10-25T03:00", Utc(10, 25, 0, 0) },
        { "2026-10-25T03:30", Utc(10, 25, 0, 30) },
        { "2026-10-25T03:59", Utc(10, 25, 0, 59) },
        { "2026-10-25T04:00", Utc(10, 25, 2, 0) },
        { "2026-10-25T04:30", Utc(10, 25, 2, 30) },
    };

    [Theory]
    [MemberData(nameof(SummerTimeEnds))]
    public void A_time_that_happens_twice_is_its_first_occurrence_and_reads_back_as_typed(string typed, DateTimeOffset instant)
    {
        var local = new LocalTime(Helsinki);
        Assert.Equal(instant, local.Instant(typed, "At"));
        Assert.Equal(typed, local.Input(instant));
    }

    [Theory]
    [InlineData("2027-03-28T03:00")]
    [InlineData("2027-03-28T03:30")]
    [InlineData("2027-03-28T03:59")]
    public void A_time_the_clocks_skip_is_refused_with_the_field_and_the_zone(string typed)
    {
        var e = Assert.Throws<DomainValidationException>(() => new LocalTime(Helsinki).Instant(typed, "StartsAt"));
        Assert.Equal(("StartsAt", "TimeSkipped"), (e.Field, e.Code));
        Assert.Equal("Europe/Helsinki", e.Args[1]);
        Assert.Equal(Utc(3, 28, 1, 0, 2027), new LocalTime(Helsinki).Instant("2027-03-28T04:00", "StartsAt"));
    }

    [Theory]
    [InlineData(null, "Required")]
    [InlineData(" ", "Required")]
    [InlineData("next tuesday", "DateFormat")]
    [InlineData("2026-13-40T10:00", "DateFormat")]
    [InlineData("0001-01-01T00:30", "DateFormat")]
    public void What_is_not_a_date_and_time_is_refused(string? typed, string code) =>
        Assert.Equal(code, Assert.Throws<DomainValidationException>(() => new LocalTime(Helsinki).Instant(typed, "At")).Code);

    [Fact]
    public void A_date_typed_alone_is_noon_of_that_day_there_and_today_is_the_local_date()
    {
        var local = new LocalTime(TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati"));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.FromHours(14)), local.Instant(new DateOnly(2026, 10, 25), new TimeOnly(12, 0)));
        Assert.Equal(new DateOnly(2026, 10, 26), local.Today(Utc(10, 25, 11, 0)));
        Assert.Equal("2026-10-26", local.MachineDate(Utc(10, 25, 11, 0)));
    }

    [Fact]
    public void The_zone_is_her_own_else_her_organisations_else_utc()
    {
        Assert.Equal("Europe/Riga", LocalTime.Resolve("Europe/Riga", "Europe/Helsinki").Id);
        Assert.Equal("Europe/Helsinki", LocalTime.Resolve(null, "Europe/Helsinki").Id);
        Assert.Equal("Europe/Helsinki", LocalTime.Resolve("Atlantis/Capital", "Europe/Helsinki").Id);
        Assert.Equal(TimeZoneInfo.Utc, LocalTime.Resolve(null, null));
    }

    public static TheoryData<string, string, string, string> Cultures() => new()
    {
        // culture, date, date and time, day and month: 25 October 2026, 03:30 in Helsinki
        { "en", "October 25, 2026", "October 25, 2026, 3:30\u202FAM", "Oct 25" },
        { "pt", "25 de outubro de 2026", "25 de outubro de 2026, 03:30", "25 de out." },
        { "uk", "25 жовтня 2026\u202Fр.", "25 жовтня 2026\u202Fр., 03:30", "25 жовт." },
        { "ar", "25 أكتوبر 2026", "25 أكتوبر 2026، 3:30 ص", "25 أكتوبر" },
    };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Dates_and_times_are_written_one_way_per_culture_in_the_zone(string culture, string date, string dateTime, string dayMonth)
    {
        var local = new LocalTime(Helsinki);
        var at = Utc(10, 25, 0, 30);
        Assert.Equal(
            (date, date, dateTime, dayMonth),
            Shown.In(culture, () => (local.Date(at), LocalTime.Date(new DateOnly(2026, 10, 25)), local.DateTime(at), local.DayMonth(at))));
        Assert.Equal("2026-10-25T03:30:00+03:00", local.Machine(at));
    }
}
