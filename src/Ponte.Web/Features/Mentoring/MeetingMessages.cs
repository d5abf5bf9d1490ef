using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Http;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// The emails a meeting sends, each in the person's language with the time in the organisation's
/// zone: the calendar invitation (one UID per meeting, its sequence rising on every change, so an
/// update or a cancellation replaces it in her calendar), the reminder the day before, and the
/// request to log a meeting that nobody logged.
/// </summary>
public sealed class MeetingMessages(Notifier notifier, PublicUrl url)
{
    public sealed record Person(Guid ParticipantId, string Email, string Name, string? Language);

    public sealed record Context(string Programme, string Organisation, string TimeZone, IReadOnlyList<Person> People);

    public static async Task<Context> ContextAsync(AppDbContext db, MentoringProcess process, CancellationToken ct)
    {
        var ids = process.ParticipantIds.ToList();
        var people = await db.Participants.Where(p => ids.Contains(p.Id))
            .Select(p => new Person(p.Id, p.Profile.Email, p.Profile.FullName, p.Profile.PreferredLanguage)).ToListAsync(ct);
        var programme = await db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == process.OrganisationId).Select(o => new { o.Name, o.TimeZone }).SingleAsync(ct);
        return new Context(programme, organisation.Name, organisation.TimeZone, people);
    }

    /// <summary>The meeting as a calendar entry.</summary>
    public static CalendarInvitation Calendar(Meeting meeting, Context context) => new(
        Uid: meeting.CalendarUid,
        Sequence: meeting.Sequence,
        Start: meeting.StartsAt,
        Length: TimeSpan.FromMinutes(meeting.Minutes),
        Zone: LocalTime.Resolve(context.TimeZone),
        Summary: $"{context.Programme} — {context.Organisation}",
        Location: meeting.Place ?? meeting.Link,
        Url: meeting.Link,
        Cancelled: meeting.Status == MeetingStatus.Cancelled);

    /// <summary>
    /// Tells everyone in the process about the meeting: <paramref name="template"/> with her name,
    /// the programme, the time, where, who acted and the link to the meeting; with the calendar
    /// entry for invitations, updates and cancellations.
    /// </summary>
    public async Task TellAsync(AppDbContext db, MentoringProcess process, Meeting meeting, Context context, string template, string by, bool withCalendar, CancellationToken ct, IEnumerable<Guid>? only = null)
    {
        var link = url.To($"/Mentoring/{process.Id}/Meetings/{meeting.Id}");
        var calendar = withCalendar ? Calendar(meeting, context) : null;
        var recipients = only is null ? context.People : context.People.Where(p => only.Contains(p.ParticipantId)).ToList();
        foreach (var person in recipients)
        {
            await notifier.QueueAsync(db, new Recipient(person.Email, person.Name, person.Language, process.OrganisationId), template,
                [person.Name, context.Programme, new MailTime(meeting.StartsAt, context.TimeZone), meeting.Place ?? meeting.Link, by, link, meeting.Minutes],
                calendar, ct);
        }
    }
}
