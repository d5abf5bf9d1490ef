using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ponte.Web.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Account;

/// <summary>
/// Asks for a reset link. The answer is the same page whether or not an account has the email,
/// and the work behind it comparable, so the page tells no one which accounts exist.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ForgotPasswordModel(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    Invitations invitations,
    LoginThrottle throttle,
    SecurityEvents events) : PontePageModel
{
    [BindProperty]
    public ForgotInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Sent = false;
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.TryAttempt(HttpContext.Connection.RemoteIpAddress, "reset:" + Input.Email) is { } wait)
        {
            events.SignInRateLimited(address);
            return TooManyRequests(wait);
        }

        if (!ModelState.IsValid)
            return Page();

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is { IsDeactivated: false })
        {
            await invitations.SendPasswordResetAsync(db, user, ct);
            await db.SaveChangesAsync(ct);
            events.PasswordResetRequested(user.Id, address);
        }
        else
        {
            await invitations.PretendPasswordResetAsync(ct);
            events.PasswordResetRequested(null, address);
        }

        return RedirectToPage(new { sent = true });
    }

    public sealed class ForgotInput
    {
        [Required(ErrorMessage = "Error.Required")]
        [EmailAddress(ErrorMessage = "Error.Email")]
        [StringLength(254, ErrorMessage = "Error.Invalid")]
        public string? Email { get; set; }
    }
}
