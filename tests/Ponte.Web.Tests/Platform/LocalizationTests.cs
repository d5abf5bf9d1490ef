using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ponte.Web.Tests.Platform;

/// <summary>Every shipped language is complete, and pages carry no literal user-facing text.</summary>
public sealed partial class LocalizationTests
{
    private static readonly string[] Languages = ["pt", "uk", "ar"];

    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src", "Ponte.Web", "Resources"), "*.resx", SearchOption.AllDirectories))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!Languages.Any(l => name.EndsWith("." + l, StringComparison.Ordinal)))
                data.Add(Path.GetRelativePath(RepoRoot(), file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_language_has_every_key_with_a_text(string neutralFile)
    {
        var neutral = Read(Path.Combine(RepoRoot(), neutralFile));
        Assert.NotEmpty(neutral);
        foreach (var lang in Languages)
        {
            var path = Path.Combine(RepoRoot(), neutralFile[..^".resx".Length] + "." + lang + ".resx");
            Assert.True(File.Exists(path), $"{path} is missing");
            var translated = Read(path);
            var missing = neutral.Keys.Where(k => !translated.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
            Assert.True(missing.Count == 0, $"{lang} lacks {string.Join(", ", missing)} in {neutralFile}");
            var placeholders = neutral.Where(kv => Placeholders(kv.Value, IsPluralForm(kv.Key, neutral)) != Placeholders(translated[kv.Key], IsPluralForm(kv.Key, neutral)))
                .Select(kv => kv.Key).ToList();
            Assert.True(placeholders.Count == 0, $"{lang} has other {{n}} placeholders for {string.Join(", ", placeholders)}");
        }
    }

    [Fact]
    public void Pages_have_no_literal_text_between_tags()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src", "Ponte.Web", "Features"), "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in LiteralText().Matches(text))
            {
                var words = m.Groups[1].Value.Trim();
                if (words.Length > 0 && words.Any(char.IsLetter))
                    offenders.Add($"{Path.GetFileName(file)}: \"{words}\"");
            }
        }

        Assert.True(offenders.Count == 0, "Literal text in markup:\n" + string.Join("\n", offenders));
    }

    /// <summary>Forms that address or describe the reader as a woman (or as a man), by language.</summary>
    public static TheoryData<string, string[]> GenderedForms() => new()
    {
        { "pt", ["a senhora", "o senhor", "convidada", "convidado", "Bem-vinda", "Bem-vindo"] },
        { "ar", ["اكتبي", "اختاري", "افتحي", "تحقّقي", "اطلبي", "عيّني", "سجّلي", "تكوني", "فتجاهلي", "تسجّلين", "تختارين"] },
    };

    /// <summary>Account emails and the pages they open reach staff, mentors and mentees of any gender, so they are worded for anyone.</summary>
    [Theory]
    [MemberData(nameof(GenderedForms))]
    public void Account_emails_and_their_pages_are_worded_for_anyone(string lang, string[] gendered)
    {
        var resources = Path.Combine(RepoRoot(), "src", "Ponte.Web", "Resources", "Infrastructure");
        var pages = Read(Path.Combine(resources, "Localization", $"SharedResource.{lang}.resx"))
            .Where(kv => kv.Key.StartsWith("Forgot.", StringComparison.Ordinal) || kv.Key.StartsWith("Invite.", StringComparison.Ordinal) || kv.Key.StartsWith("Reset.", StringComparison.Ordinal))
            .ToList();
        var emails = Read(Path.Combine(resources, "Email", $"MailText.{lang}.resx"))
            .Where(kv => kv.Key.StartsWith("Account.", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(pages);
        Assert.NotEmpty(emails);
        var texts = pages.Concat(emails).ToList();
        var offenders = texts.SelectMany(kv => gendered.Where(g => kv.Value.Contains(g, StringComparison.OrdinalIgnoreCase)).Select(g => $"{kv.Key}: {g}")).ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    /// <summary>A form of a plural family may write its count in words ("نتيجة واحدة"), so its {0} may be left out.</summary>
    private static string Placeholders(string s, bool pluralForm = false) =>
        string.Join(",", PlaceholderPattern().Matches(s).Select(m => m.Value).Where(p => !(pluralForm && p == "{0}")).Distinct().Order());

    /// <summary>One form of a family such as <c>Common.Results.One</c> / <c>Common.Results.Other</c>.</summary>
    private static bool IsPluralForm(string key, IReadOnlyDictionary<string, string> neutral) =>
        key.LastIndexOf('.') is var dot and > 0 && neutral.ContainsKey(key[..dot] + ".One") && neutral.ContainsKey(key[..dot] + ".Other");

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ponte.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Ponte.slnx not found above the test binaries.");
    }

    // Text directly between a closing '>' and the next '<', not starting with Razor '@' or code punctuation.
    [GeneratedRegex(@">([^<>@{}()\[\];=""]*[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0600-\u06FF][^<>@{}()\[\];=""]*)<")]
    private static partial Regex LiteralText();

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
