using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using System.Text.RegularExpressions;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Infrastructure.Email;

/// <summary>
/// The HTML alternative of a message, made from its plain text at sending: paragraphs at blank
/// lines, links made clickable, the recipient's language and writing direction. Everything is
/// encoded, so nothing in the text can become markup.
/// </summary>
public static partial class MailHtml
{
    /// <summary>Encodes what HTML needs encoded and leaves every script's letters as they are.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string text, string? culture)
    {
        var language = Cultures.IsSupported(culture) ? culture! : Cultures.Default;
        var direction = new System.Globalization.CultureInfo(language).TextInfo.IsRightToLeft ? "rtl" : "ltr";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(language).Append("\" dir=\"").Append(direction).Append("\"><head><meta charset=\"utf-8\"></head>");
        html.Append("<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">");
        foreach (var paragraph in Paragraphs().Split(text.ReplaceLineEndings("\n").Trim()))
        {
            if (paragraph.Length == 0)
                continue;
            html.Append("<p>");
            html.Append(string.Join("<br>\n", paragraph.Split('\n').Select(Line)));
            html.Append("</p>\n");
        }

        html.Append("</body></html>");
        return html.ToString();
    }

    private static string Line(string line)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match link in Link().Matches(line))
        {
            html.Append(Html.Encode(line[at..link.Index]));
            var url = Html.Encode(link.Value);
            html.Append("<a href=\"").Append(url).Append("\">").Append(url).Append("</a>");
            at = link.Index + link.Length;
        }

        html.Append(Html.Encode(line[at..]));
        return html.ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
