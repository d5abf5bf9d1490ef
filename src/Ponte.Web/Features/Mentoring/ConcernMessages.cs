using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Features.Shared;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Http;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// The two messages a new concern sends, queued in the raising save: every manager of the
/// organisation learns that a concern exists, with a link and nothing else (no topic, no text,
/// no name: a mailbox is read in more places than Ponte); the person who raised it learns that it
/// arrived and how she will be contacted.
/// </summary>
public sealed class ConcernMessages(Notifier notifier, PublicUrl url)
{
    public async Task TellManagersAsync(AppDbContext db, Concern concern, CancellationToken ct)
    {
        var organisation = await OrganisationNameAsync(db, concern, ct);
        var link = url.To($"/Concerns/{concern.Id}");
        foreach (var manager in await OrganisationManagers.RecipientsAsync(db, concern.OrganisationId, ct))
            await notifier.QueueAsync(db, manager, "Concern.Raised", [manager.Name, organisation, link], ct: ct);
    }

    public async Task ThankRaiserAsync(AppDbContext db, Concern concern, Participant raiser, CancellationToken ct)
    {
        var organisation = await OrganisationNameAsync(db, concern, ct);
        var contact = concern.ContactWay is { } way ? new MailFragment("Concern.Contact." + way) : new MailFragment("Concern.Contact.None");
        await notifier.QueueAsync(db, new Recipient(raiser.Profile.Email, raiser.Profile.FullName, raiser.Profile.PreferredLanguage, concern.OrganisationId),
            "Concern.Received", [raiser.Profile.FullName, organisation, contact], ct: ct);
    }

    private static Task<string> OrganisationNameAsync(AppDbContext db, Concern concern, CancellationToken ct) =>
        db.Organisations.Where(o => o.Id == concern.OrganisationId).Select(o => o.Name).SingleAsync(ct);
}
