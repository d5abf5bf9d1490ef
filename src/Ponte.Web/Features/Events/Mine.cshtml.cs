using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Events;

/// <summary>/Events/Mine: a mentor's or mentee's own invitations, which she registers for or declines, and the network events her organisation registered her for.</summary>
[Authorize(Roles = Roles.Mentor + "," + Roles.Mentee)]
public sealed class MineModel(AppDbContext db, EventAccess access, TimeProvider clock, IStringLocalizer<EventsText> text) : PontePageModel
{
    public MyEventsView Mine { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (access.ParticipantId is null)
            return Forbid();
        Mine = await EventViews.MineAsync(db, access, clock.GetUtcNow(), ct);
        return Page();
    }

    public Task<IActionResult> OnPostRegisterAsync(Guid eventId, [FromServices] RegisterForEvent.Handler register, CancellationToken ct) =>
        AnswerAsync(async () =>
        {
            var result = await register.HandleAsync(new RegisterForEvent.Request(eventId, null), ct);
            return text["Mine.Registered", result.Event.Title];
        }, ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid eventId, [FromServices] DeclineEvent.Handler decline, CancellationToken ct) =>
        AnswerAsync(async () =>
        {
            var result = await decline.HandleAsync(new DeclineEvent.Request(eventId), ct);
            return text["Mine.Declined", result.Event.Title];
        }, ct);

    private async Task<IActionResult> AnswerAsync(Func<Task<string>> answer, CancellationToken ct)
    {
        if (access.ParticipantId is null)
            return Forbid();
        try
        {
            Flash(await answer());
            return Redirect("/Events/Mine");
        }
        catch (Infrastructure.Errors.NotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), string.Empty))
        {
            db.ChangeTracker.Clear();
            Mine = await EventViews.MineAsync(db, access, clock.GetUtcNow(), ct);
            return Page();
        }
    }
}
