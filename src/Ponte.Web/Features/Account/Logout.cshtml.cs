using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Account;

public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, SecurityEvents events) : PontePageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends every copy of the session cookie, not only this browser's.
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is not null)
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        events.SignOut(user?.Id, HttpContext.Connection.RemoteIpAddress?.ToString());
        return LocalRedirect("/");
    }
}
