using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Events;

/// <summary>A manager plans a kick-off, a training or a networking event of one of the organisation's programmes.</summary>
public static class PlanEvent
{
    /// <summary>
    /// What to plan. <paramref name="StartsAt"/> is the instant (a page turns what she typed in her
    /// zone into it); kind and hours kind are their names, read here for the page and the API alike.
    /// </summary>
    public sealed record Request(
        Guid? ProgrammeId, string? Kind, string? Title, string? Description, DateTimeOffset? StartsAt, int? Minutes,
        string? Place, string? OnlineLink, int? Capacity, string? HoursKind);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<ProgrammeEvent> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programmeId = ProgrammeOf(request.ProgrammeId);
            var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, ct) ?? throw new NotFoundException();
            var planned = ProgrammeEvent.Plan(
                programme,
                KindOf(request.Kind),
                request.Title,
                request.Description,
                request.StartsAt ?? throw new DomainValidationException(nameof(ProgrammeEvent.StartsAt), "Required", "Enter when the event starts."),
                request.Minutes ?? throw new DomainValidationException(nameof(ProgrammeEvent.Minutes), "Required", "Enter how long it lasts."),
                request.Place,
                request.OnlineLink,
                request.Capacity,
                HoursKindOf(request.HoursKind),
                context.Actor,
                context.Now);
            db.ProgrammeEvents.Add(planned);
            await db.SaveChangesAsync(ct);
            return planned;
        }
    }

    /// <summary>The chosen programme; none chosen is refused against the field.</summary>
    public static Guid ProgrammeOf(Guid? programmeId) =>
        programmeId is { } id && id != Guid.Empty
            ? id
            : throw new DomainValidationException(nameof(Request.ProgrammeId), "Required", "Choose the programme.");

    /// <summary>A kind by its name ("KickOff", "mentortraining"); numbers and unknown names are refused.</summary>
    public static EventKind KindOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainValidationException(nameof(ProgrammeEvent.Kind), "Required", "Choose the kind of event.");
        return Forms.ParseEnum<EventKind>(value)
            ?? throw new DomainValidationException(nameof(ProgrammeEvent.Kind), "Invalid", "Choose the kind of event.");
    }

    /// <summary>Theory or Practice by name; nothing is null (the domain says whether the kind needs one).</summary>
    public static HoursKind? HoursKindOf(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : Forms.ParseEnum<HoursKind>(value)
                ?? throw new DomainValidationException(nameof(ProgrammeEvent.HoursKind), "Invalid", "Choose theory or practice.");
}
