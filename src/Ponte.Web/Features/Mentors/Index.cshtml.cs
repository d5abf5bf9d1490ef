using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Data;
using Ponte.Web.Infrastructure.Persistence;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Mentors;

/// <summary>
/// /Mentors/{id}: a mentor's readiness — characteristics, safety checks, training hours and the
/// verdict. Staff of her organisation see it; only managers change it.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(
    AppDbContext db,
    TimeProvider clock,
    CurrentUser me,
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
        .Where(t => MentorReadiness.Events.Contains(t.Event))
        .OrderByDescending(t => t.At)
        .ToList();

    public string Describe(string gap) => MentorReadiness.Describe(text, gap, Readiness);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var mentor = await MentorReadiness.FindMentorAsync(db, id, ct);
        if (mentor is null)
            return NotFound();
        await ShowAsync(mentor, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCharacteristicsAsync(Guid id, CancellationToken ct)
    {
        if (!await IsManagerAsync())
            return Forbid();
        var mentor = await MentorReadiness.FindMentorAsync(db, id, ct);
        if (mentor is null)
            return NotFound();
        ActiveForm = CharacteristicsForm;

        var chosen = MentorCharacteristics.None;
        foreach (var name in Traits.Selected)
        {
            if (!Enum.TryParse<MentorCharacteristics>(name, out var flag) || !IsSingleTrait(flag))
            {
                ModelState.AddModelError($"{nameof(Traits)}.{nameof(CharacteristicsInput.Selected)}", T["Error.Invalid"]);
                return await RedisplayAsync(mentor, ct);
            }

            chosen |= flag;
        }

        if (!ModelState.IsValid)
            return await RedisplayAsync(mentor, ct);

        try
        {
            db.ExpectVersion(mentor, Version);
            mentor.RecordCharacteristics(chosen, Traits.ExperiencedWithVulnerableGroups);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors, nameof(Traits)))
        {
            return await RedisplayAsync(mentor, ct, reload: true);
        }

        Flash(text["Traits.Saved"]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSafetyChecksAsync(Guid id, CancellationToken ct)
    {
        if (!await IsManagerAsync())
            return Forbid();
        var mentor = await MentorReadiness.FindMentorAsync(db, id, ct);
        if (mentor is null)
            return NotFound();
        ActiveForm = ChecksForm;

        var criminalRecord = ParseDate(Checks.CriminalRecordCertificateSeenOn, nameof(SafetyChecksInput.CriminalRecordCertificateSeenOn));
        var references = ParseDate(Checks.ReferencesCheckedOn, nameof(SafetyChecksInput.ReferencesCheckedOn));
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

        try
        {
            db.ExpectVersion(mentor, Version);
            var now = clock.GetUtcNow();
            mentor.RecordSafetyChecks(criminalRecord, references, me.Actor, now);
            await MentorReadiness.ReevaluateAsync(db, mentor, me.Actor, now, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors, nameof(Checks)))
        {
            return await RedisplayAsync(mentor, ct, reload: true);
        }

        Flash(mentor.Status == ParticipantStatus.ReadyToMatch ? text["Checks.SavedReady"] : text["Checks.Saved"]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReadyAsync(Guid id, CancellationToken ct)
    {
        if (!await IsManagerAsync())
            return Forbid();
        var mentor = await MentorReadiness.FindMentorAsync(db, id, ct);
        if (mentor is null)
            return NotFound();
        ActiveForm = ReadyForm;

        try
        {
            db.ExpectVersion(mentor, Version);
            var now = clock.GetUtcNow();
            var snapshot = await MentorReadiness.LoadAsync(db, mentor, now, ct);
            if (!snapshot.Ready)
                Refusal = snapshot.Gaps;
            mentor.MarkReadyToMatch(snapshot.Programme, snapshot.Attended, me.Actor, now);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors, string.Empty))
        {
            return await RedisplayAsync(mentor, ct, reload: true);
        }

        Flash(text["Ready.Done"]);
        return RedirectToPage(new { id });
    }

    public static bool IsSingleTrait(MentorCharacteristics flag) =>
        flag != MentorCharacteristics.None && System.Numerics.BitOperations.PopCount((uint)flag) == 1
        && ((MentorCharacteristics.Mandatory | MentorCharacteristics.Preferable) & flag) == flag;

    public static IEnumerable<MentorCharacteristics> TraitsOf(MentorCharacteristics group) =>
        Enum.GetValues<MentorCharacteristics>().Where(f => IsSingleTrait(f) && (group & f) == f);

    private FirstFoundLocalizer Errors => ReadinessTexts.For(HttpContext.RequestServices);

    private async Task<bool> IsManagerAsync() => (await authorization.AuthorizeAsync(User, Policies.Manager)).Succeeded;

    private DateOnly? ParseDate(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        ModelState.AddModelError($"{nameof(Checks)}.{field}", T["Error.DateFormat"]);
        return null;
    }

    /// <summary>Shows the page again after a refused form; what was typed stays in the form (from ModelState).</summary>
    private async Task<IActionResult> RedisplayAsync(Participant mentor, CancellationToken ct, bool reload = false)
    {
        if (reload)
        {
            // The refused change must not show as if saved: read the record as it is stored.
            db.ChangeTracker.Clear();
            mentor = (await MentorReadiness.FindMentorAsync(db, mentor.Id, ct))!;
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
                Selected = TraitsOf(mentor.Characteristics).Select(f => f.ToString()).ToList(),
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
