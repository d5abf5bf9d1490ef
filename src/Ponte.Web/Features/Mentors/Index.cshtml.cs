using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Mentors;

/// <summary>
/// /Mentors/{id}: a mentor's readiness — characteristics, safety checks, training hours and the
/// verdict. Staff of her organisation see it; only managers change it.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(
    AppDbContext db,
    TimeProvider clock,
    IAuthorizationService authorization,
    IStringLocalizer<MentorsText> text) : PontePageModel
{
    public const string CharacteristicsForm = "characteristics";
    public const string ChecksForm = "checks";
    public const string ReadyForm = "ready";

    public ReadinessSnapshot Readiness { get; private set; } = null!;

    public Participant Mentor => Readiness.Mentor;

    public bool CanManage { get; private set; }

    /// <summary>The latest date a check can carry: today somewhere on Earth (UTC+14), as the domain allows.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));

    /// <summary>The form whose errors are shown (each form has its own error summary).</summary>
    public string? ActiveForm { get; private set; }

    /// <summary>The gaps named when "mark ready" was refused.</summary>
    public IReadOnlyList<string> Refusal { get; private set; } = [];

    /// <summary>The safety checks form asks for confirmation before a check is withdrawn.</summary>
    public bool AskToConfirmWithdrawal { get; private set; }

    /// <summary>The version of the mentor's record the posted form was filled in against.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>
    /// The version a form carries: the refused form keeps the one it was filled in against (so a
    /// stale form stays stale until she reloads), the others the stored one.
    /// </summary>
    public Guid VersionFor(string form) => form == ActiveForm ? Version : Mentor.Version;

    [BindProperty]
    public CharacteristicsInput Traits { get; set; } = new();

    [BindProperty]
    public SafetyChecksInput Checks { get; set; } = new();

    public IReadOnlyList<StatusChange> History => Mentor.Timeline
        .Where(t => ReadinessDisplay.Events.Contains(t.Event))
        .OrderByDescending(t => t.At)
        .ToList();

    public string Describe(string gap) => ReadinessDisplay.Describe(text, gap, Readiness);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var mentor = await MentorQueries.FindMentorAsync(db, id, ct);
        if (mentor is null)
            return NotFound();
        await ShowAsync(mentor, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCharacteristicsAsync(Guid id, [FromServices] RecordCharacteristics.Handler record, CancellationToken ct)
    {
        if (!await IsManagerAsync())
            return Forbid();
        var mentor = await MentorQueries.FindMentorAsync(db, id, ct);
        if (mentor is null)
            return NotFound();
        ActiveForm = CharacteristicsForm;
        if (!ModelState.IsValid)
            return await RedisplayAsync(mentor, ct);

        try
        {
            await record.HandleAsync(new RecordCharacteristics.Request(id, Version, Traits.Selected, Traits.ExperiencedWithVulnerableGroups), ct);
        }
        catch (DomainValidationException e) when (e.Field == nameof(Participant.Characteristics))
        {
            // The checkboxes post as Traits.Selected: the message goes beside them.
            ModelState.AddModelError($"{nameof(Traits)}.{nameof(CharacteristicsInput.Selected)}", ErrorText.For(Errors, e));
            return await RedisplayAsync(mentor, ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors, nameof(Traits)))
        {
            return await RedisplayAsync(mentor, ct, reload: true);
        }

        Flash(text["Traits.Saved"]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSafetyChecksAsync(Guid id, [FromServices] RecordSafetyChecks.Handler record, CancellationToken ct)
    {
        if (!await IsManagerAsync())
            return Forbid();
        var mentor = await MentorQueries.FindMentorAsync(db, id, ct);
        if (mentor is null)
            return NotFound();
        ActiveForm = ChecksForm;

        // A cleared date withdraws the check. Both dates are read first, so each mistake shows beside its own field at once.
        var criminalRecord = Typed(Checks.CriminalRecordCertificateSeenOn);
        var references = Typed(Checks.ReferencesCheckedOn);
        foreach (var (value, field) in new[] { (criminalRecord, nameof(Participant.CriminalRecordCertificateSeenOn)), (references, nameof(Participant.ReferencesCheckedOn)) })
        {
            try
            {
                RecordSafetyChecks.Date(value, field);
            }
            catch (DomainValidationException e) when (ModelState.TryAdd(e, Errors, nameof(Checks)))
            {
            }
        }

        if (!ModelState.IsValid)
            return await RedisplayAsync(mentor, ct);

        var withdraws = (mentor.CriminalRecordCertificateSeenOn is not null && criminalRecord is null)
            || (mentor.ReferencesCheckedOn is not null && references is null);
        if (withdraws && !Checks.ConfirmWithdrawal)
        {
            AskToConfirmWithdrawal = true;
            ModelState.AddModelError($"{nameof(Checks)}.{nameof(SafetyChecksInput.ConfirmWithdrawal)}", text["Checks.ConfirmWithdrawalRequired"]);
            return await RedisplayAsync(mentor, ct);
        }

        ReadinessSnapshot readiness;
        try
        {
            readiness = await record.HandleAsync(new RecordSafetyChecks.Request(id, Version, criminalRecord, references), ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors, nameof(Checks)))
        {
            return await RedisplayAsync(mentor, ct, reload: true);
        }

        Flash(readiness.Mentor.Status == ParticipantStatus.ReadyToMatch ? text["Checks.SavedReady"] : text["Checks.Saved"]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReadyAsync(Guid id, [FromServices] MarkReadyToMatch.Handler mark, CancellationToken ct)
    {
        if (!await IsManagerAsync())
            return Forbid();
        var mentor = await MentorQueries.FindMentorAsync(db, id, ct);
        if (mentor is null)
            return NotFound();
        ActiveForm = ReadyForm;

        try
        {
            var (readiness, marked) = await mark.HandleAsync(new MarkReadyToMatch.Request(id, Version), ct);
            if (!marked)
            {
                Refusal = readiness.Gaps;
                ModelState.AddModelError(string.Empty, Errors["Error." + MarkReadyToMatch.NotReady]);
                return await RedisplayAsync(mentor, ct, reload: true);
            }
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors, string.Empty))
        {
            return await RedisplayAsync(mentor, ct, reload: true);
        }

        Flash(text["Ready.Done"]);
        return RedirectToPage(new { id });
    }

    /// <summary>How this page words a refusal: the mentors' texts, then the shared ones.</summary>
    private FirstFoundLocalizer Errors => new(text, T);

    private async Task<bool> IsManagerAsync() => (await authorization.AuthorizeAsync(User, Policies.Manager)).Succeeded;

    /// <summary>A date as typed: an empty field is no date.</summary>
    private static string? Typed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Shows the page again after a refused form; what was typed stays in the form (from ModelState).</summary>
    private async Task<IActionResult> RedisplayAsync(Participant mentor, CancellationToken ct, bool reload = false)
    {
        if (reload)
        {
            // The refused change must not show as if saved: read the record as it is stored.
            db.ChangeTracker.Clear();
            mentor = (await MentorQueries.FindMentorAsync(db, mentor.Id, ct))!;
        }

        await ShowAsync(mentor, ct);
        return Page();
    }

    private async Task ShowAsync(Participant mentor, CancellationToken ct)
    {
        Readiness = await MentorReadiness.LoadAsync(db, mentor, clock.GetUtcNow(), ct);
        CanManage = await IsManagerAsync();
        if (ActiveForm is null)
            Version = mentor.Version;

        // The refused form keeps what she typed; the others show what is stored.
        if (ActiveForm != CharacteristicsForm)
        {
            Traits = new CharacteristicsInput
            {
                Selected = ReadinessDisplay.TraitsOf(mentor.Characteristics).Select(f => f.ToString()).ToList(),
                ExperiencedWithVulnerableGroups = mentor.ExperiencedWithVulnerableGroups,
            };
        }

        if (ActiveForm != ChecksForm)
        {
            Checks = new SafetyChecksInput
            {
                CriminalRecordCertificateSeenOn = mentor.CriminalRecordCertificateSeenOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ReferencesCheckedOn = mentor.ReferencesCheckedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }
    }

    public sealed class CharacteristicsInput
    {
        public List<string> Selected { get; set; } = [];

        public bool ExperiencedWithVulnerableGroups { get; set; }
    }

    public sealed class SafetyChecksInput
    {
        public string? CriminalRecordCertificateSeenOn { get; set; }

        public string? ReferencesCheckedOn { get; set; }

        public bool ConfirmWithdrawal { get; set; }
    }
}
