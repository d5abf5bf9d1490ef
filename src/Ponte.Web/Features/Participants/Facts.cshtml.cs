using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Participants;
using Ponte.Web.Features.Shared;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Participants;

/// <summary>
/// /Participants/{id}/Facts: a manager records or corrects a mentee's facts at entry with her (ADR
/// 0023) — each question answered, "prefers not to say" or left unanswered; every wrong field is
/// named beside it and nothing typed is lost. A trainer is refused; another organisation's
/// participant is not found.
/// </summary>
[Authorize]
public sealed class FactsModel(AppDbContext db, CurrentUser me, LocalTime local, TimeProvider clock, IStringLocalizer<ParticipantsText> text) : PontePageModel
{
    /// <summary>The value of the "prefers not to say" choice of every question.</summary>
    public const string Declined = "declined";

    public Participant Participant { get; private set; } = null!;

    [BindProperty]
    public FactsInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
            return refused;
        Input = FactsInput.Of(Participant);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] RecordEntryFacts.Handler record, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
            return refused;
        try
        {
            await record.HandleAsync(new RecordEntryFacts.Request(id, Input.ToFacts(local.Today(clock.GetUtcNow())), Input.Version), ct);
            Flash(text["EntryFacts.Saved"]);
            return Redirect($"/Participants/{id}#entry-facts");
        }
        catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T)))
        {
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var access = new ParticipantAccess(db, me);
        Participant = await access.GetAsync(id, ct);
        if (!access.IsStaff)
            throw new NotFoundException();
        return access.IsManager ? null : Forbid();
    }

    /// <summary>The form's answers as typed: an option's name, <see cref="Declined"/>, or empty for not answered.</summary>
    public sealed class FactsInput
    {
        public string? BirthDate { get; set; }

        public bool BirthDateDeclined { get; set; }

        public string? Situation { get; set; }

        public string? Education { get; set; }

        public string? Citizenship { get; set; }

        public string? ForeignBackground { get; set; }

        public string? Disability { get; set; }

        public string? Homeless { get; set; }

        public string? HostLanguageLevel { get; set; }

        public Guid? Version { get; set; }

        public static FactsInput Of(Participant participant)
        {
            var f = participant.Facts;
            string? Show<T>(T? value, EntryQuestion question) where T : struct, Enum =>
                value?.ToString() ?? (f.IsDeclined(question) ? Declined : null);
            return new FactsInput
            {
                BirthDate = f.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                BirthDateDeclined = f.BirthDate is null && f.IsDeclined(EntryQuestion.BirthDate),
                Situation = Show(f.Situation, EntryQuestion.Situation),
                Education = Show(f.Education, EntryQuestion.Education),
                Citizenship = f.Citizenship ?? (f.IsDeclined(EntryQuestion.Citizenship) ? Declined : null),
                ForeignBackground = Show(f.ForeignBackground, EntryQuestion.ForeignBackground),
                Disability = Show(f.Disability, EntryQuestion.Disability),
                Homeless = Show(f.Homeless, EntryQuestion.Homeless),
                HostLanguageLevel = Show(f.HostLanguageLevel, EntryQuestion.HostLanguage),
                Version = participant.Version,
            };
        }

        /// <summary>The answers for the domain; a value that is none of the options is an error on its field.</summary>
        public EntryFactsInput ToFacts(DateOnly today)
        {
            var declined = EntryQuestion.None;
            var checks = new FieldChecks();
            T? Choice<T>(string? typed, EntryQuestion question, string field) where T : struct, Enum
            {
                var value = typed?.Trim();
                if (string.IsNullOrEmpty(value))
                    return null;
                if (value == Declined)
                {
                    declined |= question;
                    return null;
                }

                return checks.Run(() => Enum.TryParse<T>(value, ignoreCase: false, out var v) && Enum.IsDefined(v) && !int.TryParse(value, out _)
                    ? (T?)v
                    : throw new DomainValidationException(field, "Invalid", "Choose one of the options."));
            }

            DateOnly? birthDate = null;
            if (BirthDateDeclined && string.IsNullOrWhiteSpace(BirthDate))
                declined |= EntryQuestion.BirthDate;
            else if (!string.IsNullOrWhiteSpace(BirthDate))
                birthDate = checks.Run(() => DateOnly.TryParseExact(BirthDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? EntryFacts.CheckBirthDate(d, today)
                    : throw new DomainValidationException(nameof(BirthDate), "BirthDateOutOfRange", "Enter a birth date between 1900 and 15 years ago."));

            var situation = Choice<SituationAtEntry>(Situation, EntryQuestion.Situation, nameof(Situation));
            var education = Choice<EducationLevel>(Education, EntryQuestion.Education, nameof(Education));
            var foreign = Choice<YesNo>(ForeignBackground, EntryQuestion.ForeignBackground, nameof(ForeignBackground));
            var disability = Choice<YesNo>(Disability, EntryQuestion.Disability, nameof(Disability));
            var homeless = Choice<YesNo>(Homeless, EntryQuestion.Homeless, nameof(Homeless));
            var level = Choice<CefrLevel>(HostLanguageLevel, EntryQuestion.HostLanguage, nameof(HostLanguageLevel));
            string? citizenship = null;
            var c = Citizenship?.Trim();
            if (c == Declined)
                declined |= EntryQuestion.Citizenship;
            else if (!string.IsNullOrEmpty(c))
                citizenship = checks.Run(() => c == EntryFacts.Stateless || WorldLists.IsCountry(c)
                    ? c
                    : throw new DomainValidationException(nameof(Citizenship), "CountryCode", "Choose a country from the list."));
            checks.ThrowIfAny();
            return new EntryFactsInput(birthDate, situation, education, citizenship, foreign, disability, homeless, level, declined);
        }
    }
}
