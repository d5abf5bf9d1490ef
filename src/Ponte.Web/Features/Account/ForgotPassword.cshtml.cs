using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Account;

/// <summary>
/// Asks for a reset link. The answer is the same page whether or not an account has the email,
/// so the page tells no one which accounts exist. Its time says nothing either: a known email
/// costs a token, a save and an outbox message, an unknown one only a token, so both answers are
/// held back until <see cref="AnswerFloor"/> of real time (a <see cref="Stopwatch"/>, not the
/// injected clock, which tests stop) has passed since the request was read.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ForgotPasswordModel(LoginThrottle throttle, SecurityEvents events) : PontePageModel
{
    /// <summary>The least time an answer to a valid request takes, longer than the known email's work normally does.</summary>
    public static readonly TimeSpan AnswerFloor = TimeSpan.FromMilliseconds(300);

    [BindProperty]
    public ForgotInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromServices] RequestPasswordReset.Handler reset, CancellationToken ct)
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

        var started = Stopwatch.GetTimestamp();
        await reset.HandleAsync(new RequestPasswordReset.Request(Input.Email, address), ct);
        var left = AnswerFloor - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
            await Task.Delay(left, ct);
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
