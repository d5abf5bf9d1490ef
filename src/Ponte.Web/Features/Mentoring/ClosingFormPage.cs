using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>What the final-form and renewal pages share: one save, a refusal shown beside its field in her language.</summary>
public abstract class ClosingFormPage : PontePageModel
{
    /// <summary>Runs the handler; success flashes its message and goes to <paramref name="then"/>, a refusal shows the page again with her input.</summary>
    protected async Task<IActionResult> SaveAsync(Func<Task<(string Message, string Then)>> save, string prefix, Func<Task>? redisplay = null)
    {
        if (ModelState.IsValid)
        {
            var services = HttpContext.RequestServices;
            var errors = new FirstFoundLocalizer(services.GetRequiredService<IStringLocalizer<ClosingText>>(), services.GetRequiredService<IStringLocalizer<MentoringText>>(), T);
            try
            {
                var (message, then) = await save();
                Flash(message);
                return Redirect(then);
            }
            catch (Exception e) when (ModelState.TryAdd(e, errors, prefix))
            {
            }
        }
        else
        {
            Forms.LocalizeBindingErrors(ModelState, T);
        }

        if (redisplay is not null)
            await redisplay();
        return Page();
    }
}
