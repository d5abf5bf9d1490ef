using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Features.Shared;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Http;

namespace Ponte.Web.Features.Mentoring;

/// <summary>The follow-up question after she left, and its one reminder, in her language with a link straight to her form.</summary>
public sealed class FollowUpMessages(Notifier notifier, PublicUrl url)
{
    public async Task AskAsync(AppDbContext db, FollowUp followUp, bool reminder, CancellationToken ct)
    {
        var person = await db.Participants.Where(p => p.Id == followUp.ParticipantId)
            .Select(p => new { p.Profile.Email, p.Profile.FullName, p.Profile.PreferredLanguage, p.ProgrammeId }).SingleAsync(ct);
        var programme = await db.MentoringProcesses.Where(p => p.Id == followUp.ProcessId)
            .Select(p => db.Programmes.Where(g => g.Id == p.ProgrammeId).Select(g => g.Name).Single()).SingleAsync(ct);
        var template = reminder ? "FollowUp.Reminder" : $"FollowUp.{followUp.Kind}";
        await notifier.QueueAsync(db, new Recipient(person.Email, person.FullName, person.PreferredLanguage, followUp.OrganisationId),
            template, [person.FullName, programme, url.To(FollowUpLinks.Form(followUp.Id))], ct: ct);
    }
}

public static class FollowUpLinks
{
    public static string Form(Guid id) => $"/Mentoring/FollowUp/{id}";
}
