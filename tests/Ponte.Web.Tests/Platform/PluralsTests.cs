using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>Counts read right in every language: CLDR plural rules and the resource families that follow them.</summary>
public sealed class PluralsTests
{
    private static readonly string[] Languages = ["en", "pt", "uk", "ar"];
    private static readonly string[] Categories = Enum.GetNames<PluralCategory>();

    [Theory]
    //            0        1      2      5      21
    [InlineData("en", "Other", "One", "Other", "Other", "Other")]
    [InlineData("pt", "Other", "One", "Other", "Other", "Other")]
    [InlineData("uk", "Many", "One", "Few", "Many", "One")]
    [InlineData("ar", "Zero", "One", "Two", "Few", "Many")]
    public void Each_language_has_its_cldr_categories(string language, string zero, string one, string two, string five, string twentyOne) =>
        Assert.Equal(
            new[] { zero, one, two, five, twentyOne },
            new[] { 0, 1, 2, 5, 21 }.Select(n => Plurals.Of(language, n).ToString()));

    [Theory]
    [InlineData("en", 1.5, PluralCategory.Other)]
    [InlineData("pt", 1_000_000, PluralCategory.Many)]
    [InlineData("pt", 1.5, PluralCategory.Other)]
    [InlineData("uk", 11, PluralCategory.Many)]
    [InlineData("uk", 12, PluralCategory.Many)]
    [InlineData("uk", 22, PluralCategory.Few)]
    [InlineData("uk", 111, PluralCategory.Many)]
    [InlineData("uk", 1.5, PluralCategory.Other)]
    [InlineData("ar", 10, PluralCategory.Few)]
    [InlineData("ar", 11, PluralCategory.Many)]
    [InlineData("ar", 100, PluralCategory.Other)]
    [InlineData("ar", 103, PluralCategory.Few)]
    [InlineData("ar", 2.5, PluralCategory.Other)]
    public void Teens_hundreds_and_fractions_follow_the_rules_too(string language, double n, PluralCategory category) =>
        Assert.Equal(category, Plurals.Of(language, (decimal)n));

    public static TheoryData<string, string[]> Results() => new()
    {
        // 0, 1, 2, 5, 21
        { "en", ["0 results", "1 result", "2 results", "5 results", "21 results"] },
        { "pt", ["0 resultados", "1 resultado", "2 resultados", "5 resultados", "21 resultados"] },
        { "uk", ["0 результатів", "1 результат", "2 результати", "5 результатів", "21 результат"] },
        { "ar", ["لا توجد نتائج", "نتيجة واحدة", "نتيجتان", "5 نتائج", "21 نتيجة"] },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void The_helper_picks_the_form_from_the_resources(string culture, string[] expected)
    {
        var text = SharedText();
        Assert.Equal(expected, Shown.In(culture, () => new[] { 0, 1, 2, 5, 21 }.Select(n => text.Plural("Common.Results", n).Value).ToArray()));
    }

    [Fact]
    public void Further_arguments_follow_the_count_and_a_missing_form_falls_back_to_other()
    {
        var text = SharedText();
        Assert.Equal("Use at most 1 character.", Shown.In("en", () => text.Plural("Error.MaxLength", 1).Value));
        Assert.Equal("Можна ввести щонайбільше 64 символи.", Shown.In("uk", () => text.Plural("Error.MaxLength", 64).Value));
        Assert.Equal("Use at most 2.5 characters.", Shown.In("en", () => text.Plural("Error.MaxLength", 2.5m).Value));
        Assert.True(Shown.In("en", () => text.Plural("No.Such.Family", 1)).ResourceNotFound);
    }

    [Fact]
    public void A_refusal_with_a_count_is_worded_in_the_plural_form_of_that_count()
    {
        var text = SharedText();
        var refusal = new DomainValidationException("City", "MaxLength", "City may be at most 121 characters.", 121);
        Assert.Equal("Можна ввести щонайбільше 121 символ.", Shown.In("uk", () => ErrorText.For(text, refusal)));
        Assert.Equal("استخدم 121 حرفًا على الأكثر.", Shown.In("ar", () => ErrorText.For(text, refusal)));
    }

    /// <summary>
    /// Every family (a key with .One and .Other forms) has, in each language, exactly the forms
    /// its rules use, and no bare key left beside it.
    /// </summary>
    [Fact]
    public void Every_plural_family_has_the_forms_each_language_needs()
    {
        var assembly = typeof(SharedResource).Assembly;
        var families = 0;
        foreach (var baseName in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)).Select(n => n[..^".resources".Length]))
        {
            var manager = new ResourceManager(baseName, assembly);
            var keys = Languages.ToDictionary(l => l, l => Keys(manager, l == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(l)));
            var stems = keys.Values.SelectMany(k => k)
                .Select(k => (Key: k, Dot: k.LastIndexOf('.')))
                .Where(k => k.Dot > 0 && Categories.Contains(k.Key[(k.Dot + 1)..]))
                .Select(k => k.Key[..k.Dot])
                .Where(stem => keys["en"].Contains(stem + ".One") && keys["en"].Contains(stem + ".Other"))
                .Distinct();
            foreach (var stem in stems)
            {
                families++;
                foreach (var language in Languages)
                {
                    var forms = Categories.Where(c => keys[language].Contains($"{stem}.{c}")).ToList();
                    Assert.True(forms.SequenceEqual(Plurals.CategoriesOf(language).Select(c => c.ToString())), $"{baseName}: {stem} in {language} has {string.Join(", ", forms)}");
                    Assert.DoesNotContain(stem, keys[language]);
                }
            }
        }

        Assert.True(families >= 20, $"only {families} plural families found");
    }

    private static HashSet<string> Keys(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set
            ? set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal)
            : [];

    private static IStringLocalizer SharedText() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));
}
