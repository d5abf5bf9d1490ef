using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ponte.Web.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Account;

public sealed class LoginModel(SignInManager<ApplicationUser> signIn, LoginThrottle throttle) : PontePageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet(string? email) => Input.Email = email;

    public async Task<IActionResult> OnPostAsync()
    {
        if (throttle.TryAttempt(HttpContext.Connection.RemoteIpAddress?.ToString(), Input.Email) is { } wait)
        {
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(string.Empty, T["Error.TooManyRequests"]);
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }

        if (!ModelState.IsValid)
            return Page();

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, T["Login.Failed"]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, T["Login.LockedOut"]);
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, T["Login.Failed"]);
            return Page();
        }

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
