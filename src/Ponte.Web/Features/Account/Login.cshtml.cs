using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Account;

/// <summary>
/// Sign-in. Every refusal (unknown email, wrong password, lockout, deactivated account) gets the
/// same message after the same work, so the page tells no one which accounts exist.
/// </summary>
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn,
    LoginThrottle throttle,
    SignInLockout lockout,
    DummyPassword dummy,
    SecurityEvents events) : PontePageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet(string? email) => Input.Email = email;

    public async Task<IActionResult> OnPostAsync()
    {
        var remote = HttpContext.Connection.RemoteIpAddress;
        var address = remote?.ToString();
        if (throttle.TryAttempt(remote, Input.Email) is { } wait)
        {
            events.SignInRateLimited(address);
            return TooManyRequests(wait);
        }

        if (!ModelState.IsValid)
            return Page();

        var email = Input.Email!.Trim();
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (lockout.LockedFor(remote, email) is not null)
        {
            dummy.Check(Input.Password);
            events.SignIn(user?.Id, address, SecurityOutcome.LockedOut);
            return Refused();
        }

        if (user is null)
        {
            dummy.Check(Input.Password);
            Failed(null, remote, email);
            return Refused();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, Input.Password!, lockoutOnFailure: false);
        if (!check.Succeeded)
        {
            Failed(user.Id, remote, email);
            return Refused();
        }

        lockout.RecordSuccess(remote, email);
        if (user.IsDeactivated)
        {
            events.SignIn(user.Id, address, SecurityOutcome.Deactivated);
            return Refused();
        }

        await signIn.SignInAsync(user, Input.RememberMe);
        events.SignIn(user.Id, address, SecurityOutcome.Succeeded);

        // The language is remembered per person: her saved choice follows her to any device.
        if (Cultures.IsSupported(user.PreferredCulture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(user.PreferredCulture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private void Failed(Guid? userId, System.Net.IPAddress? remote, string email) =>
        events.SignIn(userId, remote?.ToString(), lockout.RecordFailure(remote, email) ? SecurityOutcome.LockedOut : SecurityOutcome.Failed);

    private PageResult Refused()
    {
        ModelState.AddModelError(string.Empty, T["Login.Failed"]);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Error.Required")]
        [EmailAddress(ErrorMessage = "Error.Email")]
        [Display(Name = "Common.Email")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Login.Password")]
        public string? Password { get; set; }

        [Display(Name = "Login.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
