using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Ponte.Web.Data;

namespace Ponte.Web.Features.Account;

public sealed class LogoutModel(SignInManager<ApplicationUser> signIn) : PontePageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
