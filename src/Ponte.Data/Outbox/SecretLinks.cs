using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;

namespace Ponte.Data.Outbox;

/// <summary>
/// One-time links (a <c>token=</c> in the query) in mail bodies: masked wherever staff can read
/// them, and kept only protected with Data Protection until the message is written out.
/// </summary>
public sealed partial class SecretLinks(IDataProtectionProvider protection)
{
    public const string Mask = "•••";

    private readonly IDataProtector _protector = protection.CreateProtector("Ponte.Outbox");

    /// <summary>The text with every token in a link replaced by <see cref="Mask"/>.</summary>
    public static string MaskTokens(string text) => Token().Replace(text, "${key}" + Mask);

    public static bool HasToken(string text) => Token().IsMatch(text);

    public string Protect(string text) => _protector.Protect(text);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);

    [GeneratedRegex(@"(?<key>[?&]token=)[^&\s]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
