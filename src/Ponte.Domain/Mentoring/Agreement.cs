using Ponte.Domain.Common;
using Ponte.Domain.Programmes;

namespace Ponte.Domain.Mentoring;

/// <summary>The capacity in which someone accepts a process's agreement.</summary>
public enum AgreementRole
{
    Mentee = 0,
    Mentor = 1,
    CoMentor = 2,

    /// <summary>A manager, for the organisation running the programme.</summary>
    Organisation = 3,
}

/// <summary>One party whose acceptance the current version still needs: a participant, or the organisation (no participant).</summary>
public sealed record AgreementParty(AgreementRole Role, Guid? ParticipantId);

/// <summary>
/// The full text of one version of a process's agreement: the template's sections in its
/// language, with this pair's goals, meeting rhythm and planned duration.
/// </summary>
public sealed record AgreementTerms(
    string Language,
    AgreementSections Sections,
    string PairGoals,
    MeetingRhythm MeetingRhythm,
    int DurationMonths)
{
    public const int PairGoalsMax = 4000;
    public const int MaxDurationMonths = 36;

    internal static AgreementTerms Create(AgreementTemplate template, string? pairGoals, MeetingRhythm meetingRhythm, int durationMonths) => new(
        template.Language,
        template.Sections,
        Guard.Required(pairGoals, nameof(PairGoals), PairGoalsMax),
        Guard.Defined(meetingRhythm, nameof(MeetingRhythm)),
        Guard.Range(durationMonths, nameof(DurationMonths), 1, MaxDurationMonths));
}

/// <summary>
/// The commitment agreement of one mentoring process. Its <see cref="Version"/> rises when the
/// text changes after someone accepted it; acceptances of an older version stay, superseded.
/// </summary>
public sealed class Agreement
{
    private readonly List<AgreementAcceptance> _acceptances = [];

    private Agreement()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TemplateId { get; private set; }

    /// <summary>The template's text version the sections were taken from.</summary>
    public int TemplateVersion { get; private set; }

    public int Version { get; private set; }

    public AgreementTerms Terms { get; private set; } = null!;

    public DateTimeOffset DraftedAt { get; private set; }

    /// <summary>Every acceptance ever given, oldest first, older versions included.</summary>
    public IReadOnlyList<AgreementAcceptance> Acceptances => _acceptances.OrderBy(a => a.AcceptedAt).ThenBy(a => a.Version).ToList();

    /// <summary>The acceptances that count: those of the current version.</summary>
    public IReadOnlyList<AgreementAcceptance> CurrentAcceptances => Acceptances.Where(a => a.Version == Version).ToList();

    internal static Agreement Draft(AgreementTemplate template, AgreementTerms terms, DateTimeOffset now) => new()
    {
        TemplateId = template.Id,
        TemplateVersion = template.TextVersion,
        Version = 1,
        Terms = terms,
        DraftedAt = now,
    };

    internal bool HasAccepted(AgreementParty party) =>
        _acceptances.Exists(a => a.Version == Version && a.Role == party.Role && a.ParticipantId == party.ParticipantId);

    internal AgreementAcceptance Accept(AgreementParty party, Guid userId, DateTimeOffset now)
    {
        var acceptance = AgreementAcceptance.Record(this, party, userId, now);
        _acceptances.Add(acceptance);
        return acceptance;
    }

    /// <summary>
    /// Replaces the text. Once the current version has an acceptance the new text is a new version
    /// and those acceptances are marked superseded; before that the draft is simply corrected.
    /// Returns false when the text is the same.
    /// </summary>
    internal bool Change(AgreementTerms terms, Guid templateId, int templateVersion, DateTimeOffset now)
    {
        if (terms == Terms)
        {
            // A template put back to a text this agreement already has asks nobody again.
            TemplateId = templateId;
            TemplateVersion = templateVersion;
            return false;
        }

        var accepted = _acceptances.Where(a => a.Version == Version).ToList();
        if (accepted.Count > 0)
        {
            foreach (var acceptance in accepted)
                acceptance.Supersede(now);
            Version++;
        }

        Terms = terms;
        TemplateId = templateId;
        TemplateVersion = templateVersion;
        return true;
    }
}

/// <summary>One party's acceptance of one version of an agreement, with the text exactly as it was accepted.</summary>
public sealed class AgreementAcceptance
{
    private AgreementAcceptance()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Version { get; private set; }

    public AgreementRole Role { get; private set; }

    /// <summary>The accepting participant; null when a manager accepted for the organisation.</summary>
    public Guid? ParticipantId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }

    /// <summary>The text as it read when accepted.</summary>
    public AgreementTerms Terms { get; private set; } = null!;

    /// <summary>When a later version replaced the one accepted; null while it still counts.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsSuperseded => SupersededAt is not null;

    internal static AgreementAcceptance Record(Agreement agreement, AgreementParty party, Guid userId, DateTimeOffset now) => new()
    {
        Version = agreement.Version,
        Role = party.Role,
        ParticipantId = party.ParticipantId,
        UserId = userId,
        AcceptedAt = now,
        Terms = agreement.Terms,
    };

    internal void Supersede(DateTimeOffset now) => SupersededAt ??= now;
}
