using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Data;

namespace Ponte.Web.Features.Applications;

/// <summary>Why two applications may be the same person's.</summary>
[Flags]
public enum DuplicateReasons
{
    None = 0,
    Phone = 1,
    Name = 2,
    Email = 4,
}

/// <summary>What identifies an applicant, for finding the other applications that may be hers.</summary>
public sealed record ApplicantKeys(Guid Id, string FullName, string Email, string? Phone);

/// <summary>Another application of the organisation that may be the same person's.</summary>
public sealed record PossibleDuplicate(
    Guid Id, Guid ProgrammeId, ApplicationStatus Status, string FullName, DateTimeOffset SubmittedAt, DuplicateReasons Reasons);

/// <summary>
/// Applications in the same organisation that may be the same person's: the same phone number
/// (its digits), the same full name (any case, spacing) or the same email (any case). A hint for
/// staff, never a refusal: two women may share a name, a family may share a phone.
/// </summary>
public static class PossibleDuplicates
{
    /// <summary>Shorter numbers (a typo, "0") would match strangers.</summary>
    public const int MinPhoneDigits = 6;

    private static readonly IReadOnlyDictionary<Guid, IReadOnlyList<PossibleDuplicate>> None = new Dictionary<Guid, IReadOnlyList<PossibleDuplicate>>();

    /// <summary>The phone's digits (any script, as ASCII), or null when too short to tell anyone apart.</summary>
    public static string? PhoneKey(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
            return null;
        var digits = new StringBuilder(phone.Length);
        foreach (var c in phone)
        {
            if (char.IsDigit(c))
                digits.Append((char)('0' + (int)char.GetNumericValue(c)));
        }

        return digits.Length >= MinPhoneDigits ? digits.ToString() : null;
    }

    public static string NameKey(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC).ToLowerInvariant();

    public static string EmailKey(string email) => email.Trim().ToLowerInvariant();

    /// <summary>For each of the given applications, the others that may be the same person's, newest first; one query for them all.</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<PossibleDuplicate>>> FindAsync(
        AppDbContext db, IReadOnlyCollection<ApplicantKeys> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
            return None;
        var phones = rows.Select(r => PhoneKey(r.Phone)).OfType<string>().Distinct().ToList();
        var emails = rows.Select(r => EmailKey(r.Email)).Distinct().ToList();
        var names = rows.SelectMany(r => NameVariants(r.FullName)).Distinct().ToList();

        // The database narrows by what it can compare (its lower() may know only ASCII, phones lose
        // their usual separators); the exact rule is applied below.
        var candidates = await db.Applications.AsNoTracking()
            .Where(a => names.Contains(a.Profile.FullName.ToLower())
                || emails.Contains(a.Profile.Email.ToLower())
                || (a.Profile.Phone != null && phones.Contains(
                    a.Profile.Phone.Replace(" ", "").Replace("-", "").Replace("+", "").Replace("(", "").Replace(")", "").Replace(".", "").Replace("/", ""))))
            .Select(a => new { a.Id, a.ProgrammeId, a.Status, a.Profile.FullName, a.Profile.Email, a.Profile.Phone, a.ConsentGivenAt })
            .ToListAsync(ct);

        var keyed = candidates.Select(c => (c, Phone: PhoneKey(c.Phone), Name: NameKey(c.FullName), Email: EmailKey(c.Email))).ToList();
        var result = new Dictionary<Guid, IReadOnlyList<PossibleDuplicate>>();
        foreach (var row in rows)
        {
            var phone = PhoneKey(row.Phone);
            var name = NameKey(row.FullName);
            var email = EmailKey(row.Email);
            var found = new List<PossibleDuplicate>();
            foreach (var (c, cPhone, cName, cEmail) in keyed)
            {
                if (c.Id == row.Id)
                    continue;
                var reasons = DuplicateReasons.None;
                if (phone is not null && phone == cPhone)
                    reasons |= DuplicateReasons.Phone;
                if (name == cName)
                    reasons |= DuplicateReasons.Name;
                if (email == cEmail)
                    reasons |= DuplicateReasons.Email;
                if (reasons != DuplicateReasons.None)
                    found.Add(new PossibleDuplicate(c.Id, c.ProgrammeId, c.Status, c.FullName, c.ConsentGivenAt, reasons));
            }

            if (found.Count > 0)
                result[row.Id] = found.OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Id).ToList();
        }

        return result;
    }

    public static async Task<IReadOnlyList<PossibleDuplicate>> OfAsync(AppDbContext db, ApplicantKeys application, CancellationToken ct) =>
        (await FindAsync(db, [application], ct)).GetValueOrDefault(application.Id) ?? [];

    /// <summary>The name as the database's lower() may return it: lower-cased where it can, as typed where it cannot.</summary>
    private static IEnumerable<string> NameVariants(string name)
    {
        var trimmed = name.Trim();
        var lower = trimmed.ToLowerInvariant();
        yield return lower;
        yield return trimmed;
        yield return trimmed.ToUpperInvariant();
        yield return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(lower);
    }
}

public static class DuplicateText
{
    /// <summary>The reasons in words, e.g. "same phone, same name".</summary>
    public static string Describe(DuplicateReasons reasons, Microsoft.Extensions.Localization.IStringLocalizer text)
    {
        var separator = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar" ? "، " : ", ";
        return string.Join(separator, Enum.GetValues<DuplicateReasons>()
            .Where(r => r != DuplicateReasons.None && reasons.HasFlag(r))
            .Select(r => text["Duplicates.Reason." + r].Value));
    }
}
