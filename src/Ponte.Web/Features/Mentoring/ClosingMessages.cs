using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Http;
using Ponte.Web.Features.Shared;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// The mails closing sends, each in the reader's language: every participant invited to her final
/// form when the process closes, the managers told that someone asks to end (never why), and the
/// person who asked told of the answer.
/// </summary>
public sealed class ClosingMessages(Notifier notifier, PublicUrl url)
{
    public async Task InviteToFormsAsync(AppDbContext db, MentoringProcess process, CancellationToken ct)
    {
        var ids = process.ParticipantIds.ToList();
        var people = await db.Participants.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Profile.Email, p.Profile.FullName, p.Profile.PreferredLanguage }).ToListAsync(ct);
        var programme = await ProgrammeNameAsync(db, process, ct);
        var link = url.To($"/Mentoring/{process.Id}/Evaluation");
        foreach (var person in people)
        {
            await notifier.QueueAsync(db, new Recipient(person.Email, person.FullName, person.PreferredLanguage, process.OrganisationId),
                "Mentoring.Closed", [person.FullName, programme, link], ct: ct);
        }
    }

    public async Task TellManagersAsync(AppDbContext db, MentoringProcess process, CancellationToken ct)
    {
        var programme = await ProgrammeNameAsync(db, process, ct);
        var link = url.To($"/Mentoring/{process.Id}#closing");
        foreach (var manager in await OrganisationManagers.RecipientsAsync(db, process.OrganisationId, ct))
            await notifier.QueueAsync(db, manager, "Mentoring.CloseRequested", [manager.Name, programme, link], ct: ct);
    }

    public async Task TellRequesterAsync(AppDbContext db, MentoringProcess process, CloseRequest request, CancellationToken ct)
    {
        var person = await db.Participants.Where(p => p.Id == request.ParticipantId)
            .Select(p => new { p.Profile.Email, p.Profile.FullName, p.Profile.PreferredLanguage }).SingleAsync(ct);
        var programme = await ProgrammeNameAsync(db, process, ct);
        await notifier.QueueAsync(db, new Recipient(person.Email, person.FullName, person.PreferredLanguage, process.OrganisationId),
            "Mentoring.CloseDeclined", [person.FullName, programme, url.To($"/Mentoring/{process.Id}#closing")], ct: ct);
    }

    private static Task<string> ProgrammeNameAsync(AppDbContext db, MentoringProcess process, CancellationToken ct) =>
        db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
}
