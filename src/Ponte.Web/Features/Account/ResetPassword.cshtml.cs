using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Account;

/// <summary>
/// The page a reset link opens. The reset changes the security stamp, which ends the person's
/// sessions and makes the link (and any other one sent before) useless.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<ApplicationUser> users, SignInLockout lockout, SecurityEvents events) : PontePageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public AcceptInvitationModel.PasswordInput Input { get; set; } = new();

    public bool Invalid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString());
        if (user is null || user.IsDeactivated || !await LinkIsValidAsync(user))
            return Page(invalid: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var user = await users.FindByIdAsync(UserId.ToString());
        if (user is null || user.IsDeactivated || !await LinkIsValidAsync(user))
        {
            events.PasswordReset(user?.Id, address, SecurityOutcome.Refused);
            return Page(invalid: true);
        }

        if (!ModelState.IsValid)
            return Page();

        // The link's token was checked above; Identity's reset (which validates the password and
        // changes the stamp, so the link cannot be used again) takes its own token.
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError("Input.Password", T["Password." + e.Code].ResourceNotFound ? T["Error.Invalid"] : T["Password." + e.Code]);
            return Page();
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        // Whoever kept failing for her account, she holds it again: no address stays locked out of it.
        lockout.Forgive(user.Email!);
        events.PasswordReset(user.Id, address, SecurityOutcome.Succeeded);
        Flash(T["Reset.Done"]);
        return Redirect("/Account/Login");
    }

    private async Task<bool> LinkIsValidAsync(ApplicationUser user) =>
        !string.IsNullOrEmpty(Token)
        && await users.VerifyUserTokenAsync(user, ResetLinkTokenProvider.ProviderName, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, Token);

    private PageResult Page(bool invalid)
    {
        Invalid = invalid;
        return new PageResult { StatusCode = invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK };
    }
}
