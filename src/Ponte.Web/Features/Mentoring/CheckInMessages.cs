using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Features.Shared;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Http;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// The messages of check-ins and quiet processes, each in the reader's language: the question with a
/// link to answer it, its one reminder, the nudges to a quiet pair, and the managers' alerts (a "not a
/// good fit", a pair quiet for 90 days). A manager's alert names the process's link, never an answer's note.
/// </summary>
public sealed class CheckInMessages(Notifier notifier, PublicUrl url)
{
    /// <summary>Asks, or reminds, the participant of <paramref name="checkIn"/>: her name, the programme, the link to answer.</summary>
    public async Task AskAsync(AppDbContext db, CheckIn checkIn, bool reminder, CancellationToken ct)
    {
        var person = await db.Participants.Where(p => p.Id == checkIn.ParticipantId)
            .Select(p => new { p.Profile.Email, p.Profile.FullName, p.Profile.PreferredLanguage, p.ProgrammeId }).SingleAsync(ct);
        var programme = await db.Programmes.Where(p => p.Id == person.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var template = checkIn.Kind switch
        {
            CheckInKind.FitCheck => "CheckIn.Fit",
            CheckInKind.SelfAssessment => "CheckIn.SelfAssessment",
            _ => "CheckIn.Periodic",
        } + (reminder ? ".Reminder" : string.Empty);
        // A self-assessment request opens her self-assessment form itself (after sign-in); that page is hers and her organisation's staff's alone.
        var link = checkIn.Kind == CheckInKind.SelfAssessment ? $"/Participants/{checkIn.ParticipantId}/Screening/New" : $"/CheckIns/{checkIn.Id}";
        await notifier.QueueAsync(db, new Recipient(person.Email, person.FullName, person.PreferredLanguage, checkIn.OrganisationId),
            template, [person.FullName, programme, url.To(link)], ct: ct);
    }

    /// <summary>Reminds the process's participants (or only <paramref name="only"/>) that they have not met for <paramref name="days"/> days.</summary>
    public async Task NudgeAsync(AppDbContext db, MentoringProcess process, int days, IReadOnlyCollection<Guid> only, CancellationToken ct)
    {
        var people = await db.Participants.Where(p => only.Contains(p.Id))
            .Select(p => new { p.Profile.Email, p.Profile.FullName, p.Profile.PreferredLanguage }).ToListAsync(ct);
        var programme = await ProgrammeAsync(db, process, ct);
        var link = url.To($"/Mentoring/{process.Id}/Meetings");
        foreach (var person in people)
        {
            await notifier.QueueAsync(db, new Recipient(person.Email, person.FullName, person.PreferredLanguage, process.OrganisationId),
                "Nudge.Quiet", [person.FullName, programme, link, days], ct: ct);
        }
    }

    /// <summary>Tells the organisation's managers about a process: <paramref name="template"/> with her name, the programme, the link, then <paramref name="extra"/>.</summary>
    public async Task AlertManagersAsync(AppDbContext db, MentoringProcess process, string template, CancellationToken ct, params object?[] extra)
    {
        var programme = await ProgrammeAsync(db, process, ct);
        var link = url.To($"/Mentoring/{process.Id}");
        foreach (var manager in await OrganisationManagers.RecipientsAsync(db, process.OrganisationId, ct))
            await notifier.QueueAsync(db, manager, template, [manager.Name, programme, link, .. extra], ct: ct);
    }

    private static Task<string> ProgrammeAsync(AppDbContext db, MentoringProcess process, CancellationToken ct) =>
        db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
}
