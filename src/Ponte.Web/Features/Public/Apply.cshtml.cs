using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Data;
using Ponte.Data.Outbox;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Public;

/// <summary>
/// The public application form of a programme, for mentees or mentors: anonymous, in the
/// applicant's language, without JavaScript. A hidden submission key makes a double-submitted
/// form store one application; a second form from the same email to the same programme while
/// her application is open stores nothing and tells her, by email, that we already have it
/// (docs/decisions/0012-duplicate-applications.md). Each client address may send a limited
/// number of forms (<see cref="PublicFormThrottle"/>).
/// </summary>
public sealed class ApplyModel(
    AppDbContext db,
    Acting acting,
    IStringLocalizer<PublicText> own,
    PublicFormThrottle throttle,
    SecurityEvents events) : PontePageModel
{
    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    public PublicProgramme? Form { get; private set; }

    public bool IsMentee => Form?.Role == ParticipantRole.Mentee;

    /// <summary>Set when her address has sent too many forms: how long until she may send again.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    public async Task<IActionResult> OnGetAsync(string publicKey, string role, CancellationToken ct)
    {
        Form = await PublicProgramme.FindAsync(db, acting, publicKey, role, ct);
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

    public async Task<IActionResult> OnPostAsync(string publicKey, string role, [FromServices] SubmitApplication.Handler submit, CancellationToken ct)
    {
        if (throttle.TryAcquire(HttpContext.Connection.RemoteIpAddress) is { } wait)
            return await RateLimitedAsync(publicKey, role, wait, ct);

        Form = await PublicProgramme.FindAsync(db, acting, publicKey, role, ct);
        if (Form is null)
            return new PageResult { StatusCode = StatusCodes.Status404NotFound };
        var programme = Form.Programme;
        if (!programme.ApplicationsOpen)
            return Page();

        Forms.LocalizeBindingErrors(ModelState, T);
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

        try
        {
            var profile = Profile.Create(
                Input.FullName, Input.Email, Input.Phone, Cultures.IsSupported(Culture) ? Culture : Cultures.Default,
                parsed.Gender, parsed.Country, Input.Municipality, Input.Postcode, parsed.Languages, parsed.Availability,
                parsed.Interests, parsed.SupportAreas, parsed.Preferences, Input.About);
            await submit.HandleAsync(new SubmitApplication.Request(
                Form, submissionKey, profile, parsed.ReferralSource, Input.ReferralDetail, Input.Consent, Input.PrivacyNoticeVersion), ct);
        }
        catch (DomainException e)
        {
            ModelState.TryAdd(e, T);
            return Invalid();
        }

        return Thanks();
    }

    private static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Her own form back, as she typed it, with 429, Retry-After and a message to wait.</summary>
    private async Task<IActionResult> RateLimitedAsync(string publicKey, string role, TimeSpan wait, CancellationToken ct)
    {
        Form = await PublicProgramme.FindAsync(db, acting, publicKey, role, ct);
        if (Form is null)
            return new PageResult { StatusCode = StatusCodes.Status404NotFound };
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        RetryAfter = TimeSpan.FromSeconds(seconds);
        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        events.PublicFormRateLimited(Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : null,
            HttpContext.Connection.RemoteIpAddress?.ToString(), Form.Programme.Id, Form.Role);

        // Nothing she typed is judged yet: she sends it again once the wait is over.
        ModelState.Clear();
        if (Input.Languages.Count > ApplyInput.LanguageRows)
            Input.Languages = Input.Languages.Take(ApplyInput.LanguageRows).ToList();
        Input.PadLanguages();
        if (!Guid.TryParse(Input.SubmissionKey, out var key) || key == Guid.Empty)
            Input.SubmissionKey = Guid.NewGuid().ToString();
        if (Input.PrivacyNoticeVersion != Form.Programme.PrivacyNoticeVersion)
        {
            Input.PrivacyNoticeVersion = Form.Programme.PrivacyNoticeVersion;
            Input.Consent = false;
        }

        return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
    }

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
}
