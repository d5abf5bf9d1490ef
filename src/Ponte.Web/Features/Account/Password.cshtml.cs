using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Account;

/// <summary>
/// The signed-in person changes her password. The new security stamp ends her other sessions;
/// this one is signed in again so she stays where she is. A wrong current password counts as a
/// failed sign-in to her account from this address (<see cref="SignInLockout"/>), so a stolen
/// session cannot be used to guess it; once locked, the page answers 429 without checking.
/// </summary>
public sealed class PasswordModel(
    SignInManager<ApplicationUser> signIn,
    LoginThrottle throttle,
    SignInLockout lockout,
    SecurityEvents events) : PontePageModel
{
    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (!ModelState.IsValid)
            return Page();

        var remote = HttpContext.Connection.RemoteIpAddress;
        var address = remote?.ToString();
        if (throttle.TryAttempt(remote, "password:" + user.Id) is { } wait)
        {
            events.PasswordChanged(user.Id, address, SecurityOutcome.RateLimited);
            return TooManyRequests(wait);
        }

        if (lockout.LockedFor(remote, user.Email!) is { } locked)
        {
            events.PasswordChanged(user.Id, address, SecurityOutcome.LockedOut);
            return TooManyRequests(locked);
        }

        var result = await signIn.UserManager.ChangePasswordAsync(user, Input.Current!, Input.Password!);
        if (!result.Succeeded)
        {
            var mismatch = false;
            foreach (var e in result.Errors)
            {
                if (e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                {
                    mismatch = true;
                    ModelState.AddModelError("Input.Current", T["Password.CurrentWrong"]);
                }
                else
                {
                    ModelState.AddModelError("Input.Password", T["Password." + e.Code].ResourceNotFound ? T["Error.Invalid"] : T["Password." + e.Code]);
                }
            }

            var outcome = mismatch && lockout.RecordFailure(remote, user.Email!) ? SecurityOutcome.LockedOut : SecurityOutcome.Refused;
            events.PasswordChanged(user.Id, address, outcome);
            return Page();
        }

        lockout.RecordSuccess(remote, user.Email!);
        await signIn.RefreshSignInAsync(user);
        events.PasswordChanged(user.Id, address, SecurityOutcome.Succeeded);
        Flash(T["Password.Changed"]);
        return RedirectToPage();
    }

    public sealed class ChangeInput
    {
        [Required(ErrorMessage = "Error.Required")]
        [DataType(DataType.Password)]
        public string? Current { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        [StringLength(256, MinimumLength = 8, ErrorMessage = "Password.TooShort")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        [Compare(nameof(Password), ErrorMessage = "Password.Mismatch")]
        [DataType(DataType.Password)]
        public string? ConfirmPassword { get; set; }
    }
}
