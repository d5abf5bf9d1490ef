using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Web.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Public;

/// <summary>
/// The public application form of a programme, for mentees or mentors: anonymous, in the
/// applicant's language, without JavaScript. A hidden submission key makes a double-submitted
/// form store one application.
/// </summary>
public sealed class ApplyModel(
    AppDbContext db,
    TenantContext tenant,
    TimeProvider clock,
    IStringLocalizer<PublicText> own,
    ILogger<ApplyModel> logger) : PontePageModel
{
    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    public PublicProgramme? Form { get; private set; }

    public bool IsMentee => Form?.Role == ParticipantRole.Mentee;

    public async Task<IActionResult> OnGetAsync(string publicKey, string role, CancellationToken ct)
    {
        Form = await PublicProgramme.FindAsync(db, tenant, publicKey, role, ct);
        if (Form is null)
            return new PageResult { StatusCode = StatusCodes.Status404NotFound };

        Input = new ApplyInput
        {
            SubmissionKey = Guid.NewGuid().ToString(),
            PrivacyNoticeVersion = Form.Programme.PrivacyNoticeVersion,
        };
        Input.PadLanguages();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string publicKey, string role, CancellationToken ct)
    {
        Form = await PublicProgramme.FindAsync(db, tenant, publicKey, role, ct);
        if (Form is null)
            return new PageResult { StatusCode = StatusCodes.Status404NotFound };
        var programme = Form.Programme;
        if (!programme.ApplicationsOpen)
            return Page();

        ApplyInput.LocalizeBindingErrors(ModelState, T);
        // The form has four language rows; more can only be hand-made.
        if (Input.Languages.Count > ApplyInput.LanguageRows)
            Input.Languages = Input.Languages.Take(ApplyInput.LanguageRows).ToList();
        var parsed = Input.Parse(ModelState, T, own, programme.PrivacyNoticeVersion, IsMentee);
        if (!Guid.TryParse(Input.SubmissionKey, out var submissionKey) || submissionKey == Guid.Empty)
        {
            // A form without its key cannot be told apart from a second copy: give it a new key and ask again.
            ModelState.AddModelError(string.Empty, own["Apply.FormIncomplete"]);
            SetHidden(nameof(ApplyInput.SubmissionKey), Guid.NewGuid().ToString());
        }

        if (ModelState.ErrorCount > 0)
            return Invalid();

        if (await AlreadyStoredAsync(programme.Id, submissionKey, ct))
            return Thanks();

        Application application;
        try
        {
            var profile = Profile.Create(
                Input.FullName, Input.Email, Input.Phone, Cultures.IsSupported(Culture) ? Culture : Cultures.Default,
                parsed.Gender, parsed.Country, Input.Municipality, Input.Postcode, parsed.Languages, parsed.Availability,
                parsed.Interests, parsed.SupportAreas, parsed.Preferences, Input.About);
            application = Application.Submit(programme, Form.Role, submissionKey, profile, parsed.ReferralSource, Input.ReferralDetail,
                Input.Consent, Input.PrivacyNoticeVersion, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            ModelState.TryAdd(e, T);
            return Invalid();
        }

        db.Applications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two copies of the same form raced past the check; the unique index kept the first.
            db.ChangeTracker.Clear();
            if (!await AlreadyStoredAsync(programme.Id, submissionKey, ct))
                throw;
            logger.LogInformation("A second copy of application form {SubmissionKey} was ignored", submissionKey);
        }

        return Thanks();
    }

    private static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private PageResult Invalid()
    {
        Input.PadLanguages();
        if (ModelState.TryGetValue("Input.Consent", out var consent) && consent.Errors.Count > 0)
        {
            // She must read the current notice and agree to it again.
            SetHidden(nameof(ApplyInput.PrivacyNoticeVersion), Form!.Programme.PrivacyNoticeVersion);
            Input.Consent = false;
        }

        return Page();
    }

    private void SetHidden(string field, string value)
    {
        ModelState.Remove("Input." + field);
        if (field == nameof(ApplyInput.SubmissionKey))
            Input.SubmissionKey = value;
        else
            Input.PrivacyNoticeVersion = value;
    }

    private RedirectToPageResult Thanks() =>
        RedirectToPage("/Public/Thanks", new { publicKey = Form!.Programme.PublicKey, role = Form.RoleSegment, culture = Culture });

    private async Task<bool> AlreadyStoredAsync(Guid programmeId, Guid submissionKey, CancellationToken ct)
    {
        using var system = tenant.AsSystem();
        return await db.Applications.AsNoTracking().AnyAsync(a => a.ProgrammeId == programmeId && a.SubmissionKey == submissionKey, ct);
    }
}
