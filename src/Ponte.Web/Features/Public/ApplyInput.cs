using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Public;

/// <summary>
/// What the applicant typed, kept as text so that anything she sends (even a value no select
/// offers) comes back to her with a message next to the field instead of a binding error.
/// </summary>
public sealed class ApplyInput
{
    public const int LanguageRows = 4;
    public const int NameMax = Profile.NameMax;
    public const int EmailMax = 254;
    public const int PhoneMax = 40;
    public const int MunicipalityMax = 120;
    public const int PostcodeMax = 20;
    public const int InterestsMax = 1000;
    public const int InterestMax = 60;
    public const int AboutMax = Profile.TextMax;
    public const int ReferralDetailMax = 200;

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Gender { get; set; }

    public string? CountryOfOrigin { get; set; }

    public string? Municipality { get; set; }

    public string? Postcode { get; set; }

    public List<LanguageRow> Languages { get; set; } = [];

    /// <summary>Slots as "Monday.Morning".</summary>
    public List<string> Availability { get; set; } = [];

    public string? Interests { get; set; }

    public List<string> SupportAreas { get; set; } = [];

    public bool WomanMentorOnly { get; set; }

    public bool SameCountryOfOrigin { get; set; }

    public bool SameGender { get; set; }

    public string? About { get; set; }

    public string? ReferralSource { get; set; }

    public string? ReferralDetail { get; set; }

    public bool Consent { get; set; }

    public string? PrivacyNoticeVersion { get; set; }

    public string? SubmissionKey { get; set; }

    public static string Slot(DayOfWeek day, DayPart part) => $"{day}.{part}";

    /// <summary>Four language rows, the typed ones first.</summary>
    public void PadLanguages()
    {
        while (Languages.Count < LanguageRows)
            Languages.Add(new LanguageRow());
    }

    /// <summary>The form's values as the domain wants them; every problem is added to <paramref name="errors"/> under its field.</summary>
    public Parsed Parse(ModelStateDictionary errors, IStringLocalizer text, IStringLocalizer own, string privacyNoticeVersion, bool isMentee)
    {
        if (Required(errors, text, FullName, nameof(FullName), NameMax) is { } name && TextRules.NameProblem(name) is { } nameProblem)
            Add(errors, nameof(FullName), text["Error." + nameProblem]);
        if (Required(errors, text, Email, nameof(Email), EmailMax) is { } email && !Profile.IsEmail(email))
            Add(errors, nameof(Email), text["Error.Email"]);
        Optional(errors, text, Phone, nameof(Phone), PhoneMax);
        if (Phone?.Trim() is { Length: > 0 } phone && !HasError(errors, nameof(Phone)) && !TextRules.IsPhone(phone))
            Add(errors, nameof(Phone), text["Error." + TextRules.Phone]);
        var gender = RequiredEnum<Gender>(errors, text, Gender, nameof(Gender));
        var country = CountryOfOrigin?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(country))
            Add(errors, nameof(CountryOfOrigin), text["Error.Required"]);
        else if (!WorldLists.IsCountry(country))
            Add(errors, nameof(CountryOfOrigin), text["Error.CountryCode"]);
        Required(errors, text, Municipality, nameof(Municipality), MunicipalityMax);
        Required(errors, text, Postcode, nameof(Postcode), PostcodeMax);

        var languages = new List<LanguageSkill>();
        for (var i = 0; i < Languages.Count; i++)
        {
            var row = Languages[i];
            var code = row.Code?.Trim().ToLowerInvariant();
            var hasLevel = !string.IsNullOrWhiteSpace(row.Level);
            if (string.IsNullOrEmpty(code) && !hasLevel)
                continue;
            var rowOk = true;
            if (string.IsNullOrEmpty(code) || !WorldLists.IsLanguage(code))
            {
                Add(errors, $"Languages[{i}].Code", text["Error.LanguageCode"]);
                rowOk = false;
            }

            var level = Forms.ParseEnum<LanguageLevel>(row.Level);
            if (level is null)
            {
                Add(errors, $"Languages[{i}].Level", text[hasLevel ? "Error.Invalid" : "Error.Required"]);
                rowOk = false;
            }

            if (rowOk)
                languages.Add(LanguageSkill.Create(code, level!.Value));
        }

        if (languages.Count == 0 && !errors.Any(kv => kv.Key.StartsWith("Input.Languages[", StringComparison.Ordinal) && kv.Value is { Errors.Count: > 0 }))
            Add(errors, nameof(Languages), text["Error.LanguagesRequired"]);

        var slots = new List<(DayOfWeek, DayPart)>();
        foreach (var value in Availability.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            var parts = value.Split('.');
            if (parts.Length == 2 && Forms.ParseEnum<DayOfWeek>(parts[0]) is { } day && Forms.ParseEnum<DayPart>(parts[1]) is { } part)
            {
                slots.Add((day, part));
            }
            else
            {
                Add(errors, nameof(Availability), text["Error.Invalid"]);
                break;
            }
        }

        var availability = WeeklyAvailability.Of(slots);
        if (availability.Count == 0 && !HasError(errors, nameof(Availability)))
            Add(errors, nameof(Availability), text["Error.AvailabilityRequired"]);

        var interests = (Interests ?? string.Empty).Split([',', '،', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if ((Interests?.Length ?? 0) > InterestsMax)
            Add(errors, nameof(Interests), text.Plural("Error.MaxLength", InterestsMax));
        else if (interests.Any(i => i.Length > InterestMax))
            Add(errors, nameof(Interests), own.Plural("Apply.InterestTooLong", InterestMax));

        var areas = Domain.Profiles.SupportAreas.None;
        foreach (var value in SupportAreas.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (Forms.ParseEnum<SupportAreas>(value) is { } area && area != Domain.Profiles.SupportAreas.None && System.Numerics.BitOperations.PopCount((uint)area) == 1)
            {
                areas |= area;
            }
            else
            {
                Add(errors, nameof(SupportAreas), text["Error.Invalid"]);
                break;
            }
        }

        if (areas == Domain.Profiles.SupportAreas.None && !HasError(errors, nameof(SupportAreas)))
            Add(errors, nameof(SupportAreas), text["Error.SupportAreasRequired"]);

        Optional(errors, text, About, nameof(About), AboutMax);
        var referral = RequiredEnum<ReferralSource>(errors, text, ReferralSource, nameof(ReferralSource));
        Optional(errors, text, ReferralDetail, nameof(ReferralDetail), ReferralDetailMax);

        if (!Consent)
            Add(errors, nameof(Consent), text["Error.ConsentRequired"]);
        else if (PrivacyNoticeVersion != privacyNoticeVersion)
            Add(errors, nameof(Consent), text["Error.PrivacyNoticeChanged"]);

        var preferences = isMentee ? new MatchingPreferences(WomanMentorOnly, SameCountryOfOrigin, SameGender) : MatchingPreferences.None;
        return new Parsed(gender ?? default, country, languages, availability, interests, areas, preferences, referral ?? default);
    }

    /// <summary>
    /// Replaces the framework's English binding messages (e.g. "The value 'x' is not valid") with
    /// the site's own, in the applicant's language.
    /// </summary>
    private static string Key(string field) => "Input." + field;

    private static bool HasError(ModelStateDictionary errors, string field) =>
        errors.TryGetValue(Key(field), out var entry) && entry.Errors.Count > 0;

    private static void Add(ModelStateDictionary errors, string field, string message)
    {
        if (!HasError(errors, field))
            errors.AddModelError(Key(field), message);
    }

    private static string? Required(ModelStateDictionary errors, IStringLocalizer text, string? value, string field, int max)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            Add(errors, field, text["Error.Required"]);
            return null;
        }

        if (trimmed.Length > max)
        {
            Add(errors, field, text.Plural("Error.MaxLength", max));
            return null;
        }

        return trimmed;
    }

    private static void Optional(ModelStateDictionary errors, IStringLocalizer text, string? value, string field, int max)
    {
        if ((value?.Trim().Length ?? 0) > max)
            Add(errors, field, text.Plural("Error.MaxLength", max));
    }

    private static TEnum? RequiredEnum<TEnum>(ModelStateDictionary errors, IStringLocalizer text, string? value, string field)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(errors, field, text["Error.Required"]);
            return null;
        }

        var parsed = Forms.ParseEnum<TEnum>(value);
        if (parsed is null)
            Add(errors, field, text["Error.Invalid"]);
        return parsed;
    }

    /// <summary>An enum value by its name only: numbers and combinations are refused.</summary>
    public sealed record Parsed(
        Gender Gender,
        string? Country,
        IReadOnlyList<LanguageSkill> Languages,
        WeeklyAvailability Availability,
        IReadOnlyList<string> Interests,
        SupportAreas SupportAreas,
        MatchingPreferences Preferences,
        ReferralSource ReferralSource);
}

public sealed class LanguageRow
{
    public string? Code { get; set; }

    public string? Level { get; set; }
}
