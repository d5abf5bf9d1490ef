using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ponte.Data;

namespace Ponte.Web.Features.Account;

/// <summary>The page an invitation link opens: the person chooses her password and is signed in.</summary>
public sealed class AcceptInvitationModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PontePageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public string? DisplayName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString());
        if (user is null || string.IsNullOrEmpty(Token) || user.PasswordHash is not null)
            return Page(invalid: true);
        DisplayName = user.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString());
        if (user is null || string.IsNullOrEmpty(Token) || user.PasswordHash is not null)
            return Page(invalid: true);
        DisplayName = user.DisplayName;
        if (!ModelState.IsValid)
            return Page();

        var result = await users.ResetPasswordAsync(user, Token, Input.Password!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "InvalidToken"))
                return Page(invalid: true);
            foreach (var e in result.Errors)
                ModelState.AddModelError("Input.Password", T["Password." + e.Code].ResourceNotFound ? e.Description : T["Password." + e.Code]);
            return Page();
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }

    public bool Invalid { get; private set; }

    private PageResult Page(bool invalid)
    {
        Invalid = invalid;
        return new PageResult { StatusCode = invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK };
    }

    public sealed class PasswordInput
    {
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
