using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Account;

/// <summary>
/// The signed-in person changes her password. The new security stamp ends her other sessions;
/// this one is signed in again so she stays where she is.
/// </summary>
public sealed class PasswordModel(SignInManager<ApplicationUser> signIn, SecurityEvents events) : PontePageModel
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

        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var result = await signIn.UserManager.ChangePasswordAsync(user, Input.Current!, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                if (e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                    ModelState.AddModelError("Input.Current", T["Password.CurrentWrong"]);
                else
                    ModelState.AddModelError("Input.Password", T["Password." + e.Code].ResourceNotFound ? T["Error.Invalid"] : T["Password." + e.Code]);
            }

            events.PasswordChanged(user.Id, address, SecurityOutcome.Refused);
            return Page();
        }

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
