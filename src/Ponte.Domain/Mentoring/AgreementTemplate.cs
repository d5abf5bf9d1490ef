using Ponte.Domain.Common;
using Ponte.Domain.Programmes;

namespace Ponte.Domain.Mentoring;

/// <summary>The sections of a commitment agreement, as a programme writes them for every pair.</summary>
public sealed record AgreementSections(
    string Goals,
    string MeetingRhythm,
    string Duration,
    string Roles,
    string Confidentiality,
    string EndingEarly)
{
    public const int SectionMax = 4000;

    /// <summary>Every section is required; each is trimmed and at most <see cref="SectionMax"/> characters.</summary>
    public static AgreementSections Create(
        string? goals, string? meetingRhythm, string? duration, string? roles, string? confidentiality, string? endingEarly) => new(
        Guard.Required(goals, nameof(Goals), SectionMax),
        Guard.Required(meetingRhythm, nameof(MeetingRhythm), SectionMax),
        Guard.Required(duration, nameof(Duration), SectionMax),
        Guard.Required(roles, nameof(Roles), SectionMax),
        Guard.Required(confidentiality, nameof(Confidentiality), SectionMax),
        Guard.Required(endingEarly, nameof(EndingEarly), SectionMax));
}

/// <summary>
/// A programme's commitment agreement in one language. Every change of its text raises
/// <see cref="TextVersion"/>, which each process's agreement records as the version it was drafted from.
/// </summary>
public sealed class AgreementTemplate : VersionedEntity, IOrganisationOwned
{
    private AgreementTemplate()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    /// <summary>ISO 639 code of the language the text is written in.</summary>
    public string Language { get; private set; } = string.Empty;

    public AgreementSections Sections { get; private set; } = null!;

    /// <summary>1 when written, one more on every change of the text (not the concurrency <see cref="VersionedEntity.Version"/>).</summary>
    public int TextVersion { get; private set; }

    public DateTimeOffset RevisedAt { get; private set; }

    public Guid? RevisedById { get; private set; }

    public static AgreementTemplate Create(Programme programme, string? language, AgreementSections sections, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(actor);
        return new AgreementTemplate
        {
            OrganisationId = programme.OrganisationId,
            ProgrammeId = programme.Id,
            Language = LanguageCode(language),
            Sections = Validated(sections),
            TextVersion = 1,
            RevisedAt = now,
            RevisedById = actor.UserId,
        };
    }

    /// <summary>Replaces the text; returns false (and keeps the version) when nothing changed.</summary>
    public bool Revise(AgreementSections sections, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var revised = Validated(sections);
        if (revised == Sections)
            return false;
        Sections = revised;
        TextVersion++;
        RevisedAt = now;
        RevisedById = actor.UserId;
        return true;
    }

    // A record can be built with `new` or `with` past Create's checks: check again here.
    private static AgreementSections Validated(AgreementSections s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return AgreementSections.Create(s.Goals, s.MeetingRhythm, s.Duration, s.Roles, s.Confidentiality, s.EndingEarly);
    }

    private static string LanguageCode(string? language)
    {
        var code = (language ?? string.Empty).Trim().ToLowerInvariant();
        if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower))
            throw new DomainValidationException(nameof(Language), "LanguageCode", "Choose a language from the list.");
        return code;
    }
}
