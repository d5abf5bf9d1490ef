using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Http;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Tells every participant of a process what happened to it, each in her language, with a link to
/// the process page. Messages go into the outbox in the handler's save.
/// </summary>
public sealed class ProcessMessages(Notifier notifier, PublicUrl url)
{
    /// <summary>Queues <paramref name="template"/> (arguments: her name, the programme, the link, then <paramref name="extra"/>) to each participant.</summary>
    public async Task TellEveryoneAsync(AppDbContext db, MentoringProcess process, string template, CancellationToken ct, params object?[] extra)
    {
        var ids = process.ParticipantIds.ToList();
        var people = await db.Participants.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Profile.Email, p.Profile.FullName, p.Profile.PreferredLanguage }).ToListAsync(ct);
        var programme = await db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var link = url.To($"/Mentoring/{process.Id}");
        foreach (var person in people)
        {
            await notifier.QueueAsync(db, new Recipient(person.Email, person.FullName, person.PreferredLanguage, process.OrganisationId),
                template, [person.FullName, programme, link, .. extra], ct: ct);
        }
    }
}
