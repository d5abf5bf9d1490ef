using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Matching;
using Ponte.Domain.Profiles;


using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Matching;

/// <summary>Puts the engine's facts into plain words in the viewer's language ("both speak Ukrainian (fluent)").</summary>
public sealed class MatchExplainer(IStringLocalizer text)
{
    public static MatchExplainer For(IServiceProvider services) => new(Localizer(services));

    /// <summary>The match board's texts, then the shared ones (enum labels, errors).</summary>
    public static FirstFoundLocalizer Localizer(IServiceProvider services) => new(
        services.GetRequiredService<IStringLocalizer<MatchingText>>(),
        services.GetRequiredService<IStringLocalizer<SharedResource>>());

    public static string Points(long cents) => (cents / 100m).ToString("0.##", CultureInfo.CurrentCulture);

    public string Criterion(Criterion criterion) => text[$"Criterion.{criterion}"];

    public string Describe(StoredCriterion c)
    {
        var f = c.Facts;
        return c.Criterion switch
        {
            Domain.Matching.Criterion.Language => Str(f, "interpreter") is { } interpreter
                ? text["Explain.Language.Interpreter", WorldLists.LanguageName(interpreter)]
                : Str(f, "language") is { } code && code != "none"
                    ? text["Explain.Language.Shared", WorldLists.LanguageName(code), Level(Str(f, "level"))]
                    : text["Explain.Language.None"],
            Domain.Matching.Criterion.Proximity => Str(f, "sameArea") is { } area
                ? text["Explain.Proximity.SameArea", area]
                : Num(f, "distanceKm") is { } km
                    ? text["Explain.Proximity.Km", km.ToString(CultureInfo.CurrentCulture), (Num(f, "maxDistanceKm") ?? 0).ToString(CultureInfo.CurrentCulture)]
                    : text["Explain.Proximity.Unknown"],
            Domain.Matching.Criterion.Availability => Slots(f),
            Domain.Matching.Criterion.Interests => List(f, "common") is { Count: > 0 } common
                ? text["Explain.Interests", string.Join(", ", common)]
                : text["Explain.Interests.None"],
            Domain.Matching.Criterion.ComplementaryNeeds => Needs(f),
            Domain.Matching.Criterion.Identity => Identity(f),
            Domain.Matching.Criterion.SupportIntensity => text[
                Bool(f, "experiencedWithVulnerableGroups") ? "Explain.Support.Experienced" : "Explain.Support.NotExperienced",
                Enum.TryParse<TargetGroup>(Str(f, "targetGroup"), out var group) ? text.Enum(group) : string.Empty],
            _ => string.Empty,
        };
    }

    public string Unmatched(UnmatchedReason reason, IReadOnlyDictionary<string, JsonElement> facts) =>
        reason == UnmatchedReason.NoCapacityLeft && Num(facts, "candidates") is { } candidates
            ? text.Plural("Unmatched.NoCapacityLeft.Candidates", candidates)
            : text[$"Unmatched.{reason}"];

    private string Level(string? level) =>
        Enum.TryParse<LanguageLevel>(level, out var l) ? text.Enum(l) : level ?? string.Empty;

    private string Slots(Dictionary<string, JsonElement> f)
    {
        var total = Num(f, "commonSlots") ?? 0;
        if (total == 0)
            return text["Explain.Availability.None"];
        var parts = Enum.GetValues<DayPart>()
            .Select(p => (Part: p, Count: Num(f, char.ToLowerInvariant(p.ToString()[0]) + p.ToString()[1..]) ?? 0))
            .Where(p => p.Count > 0)
            .Select(p => text["Explain.Availability.Part", text.Enum(p.Part), p.Count.ToString(CultureInfo.CurrentCulture)].Value);
        return text["Explain.Availability", total.ToString(CultureInfo.CurrentCulture), string.Join(", ", parts)];
    }

    private string Needs(Dictionary<string, JsonElement> f)
    {
        var needed = Num(f, "needed") ?? 0;
        var covered = (List(f, "covered") ?? []).Select(a => Enum.TryParse<SupportAreas>(a, out var area) ? text.Enum(area) : a).ToList();
        if (needed == 0)
            return text["Explain.Needs.NoneNamed"];
        return covered.Count == 0
            ? text.Plural("Explain.Needs.NoneCovered", needed)
            : text.Plural("Explain.Needs", needed, covered.Count.ToString(CultureInfo.CurrentCulture), string.Join(", ", covered));
    }

    private string Identity(Dictionary<string, JsonElement> f)
    {
        if (!Bool(f, "asked"))
            return text["Explain.Identity.NotAsked"];
        var parts = new List<string>();
        if (f.ContainsKey("sameCountryOfOrigin"))
            parts.Add(text[Bool(f, "sameCountryOfOrigin") ? "Explain.Identity.SameCountry" : "Explain.Identity.OtherCountry"]);
        if (f.ContainsKey("sameGender"))
            parts.Add(text[Bool(f, "sameGender") ? "Explain.Identity.SameGender" : "Explain.Identity.OtherGender"]);
        return string.Join("; ", parts);
    }

    private static string? Str(IReadOnlyDictionary<string, JsonElement> f, string key) =>
        f.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? Num(IReadOnlyDictionary<string, JsonElement> f, string key) =>
        f.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    private static bool Bool(IReadOnlyDictionary<string, JsonElement> f, string key) =>
        f.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.True;

    private static List<string>? List(IReadOnlyDictionary<string, JsonElement> f, string key) =>
        f.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : null;
}
