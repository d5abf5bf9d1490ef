using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Applications;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Applications;

/// <summary>What the applicant's messages about her application share: who she is, the names they quote, the interview's calendar entry.</summary>
public static class ApplicationMessages
{
    /// <summary>How long an interview is put in her calendar for.</summary>
    public static readonly TimeSpan InterviewLength = TimeSpan.FromHours(1);

    public sealed record Names(string Programme, string Organisation, string TimeZone);

    public static Recipient RecipientOf(Application application) =>
        new(application.Profile.Email, application.Profile.FullName, application.Profile.PreferredLanguage, application.OrganisationId);

    public static async Task<Names> NamesAsync(AppDbContext db, Application application, CancellationToken ct)
    {
        var programme = await db.Programmes.Where(p => p.Id == application.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == application.OrganisationId).Select(o => new { o.Name, o.TimeZone }).SingleAsync(ct);
        return new Names(programme, organisation.Name, organisation.TimeZone);
    }

    /// <summary>The interview's calendar entry: one UID per application, its sequence the number of times it was set before.</summary>
    public static CalendarInvitation Interview(Application application, Names names, bool cancelled) => new(
        Uid: $"interview-{application.Id:N}@ponte",
        Sequence: application.History.Count(h => h.Event == "InterviewScheduled") - 1 + (cancelled ? 1 : 0),
        Start: application.InterviewAt!.Value,
        Length: InterviewLength,
        Zone: LocalTime.Resolve(names.TimeZone),
        Summary: $"{names.Programme} — {names.Organisation}",
        Location: application.InterviewLocation ?? application.InterviewOnlineLink,
        Url: application.InterviewOnlineLink,
        Cancelled: cancelled);

    /// <summary>An interview still ahead is taken out of her calendar by the decision's email.</summary>
    public static CalendarInvitation? CancelledInterview(bool interviewAhead, Application application, Names names) =>
        interviewAhead ? Interview(application, names, cancelled: true) : null;

    /// <summary>The manager's own words for her, if any, trimmed and at most <see cref="DecisionInput.ReasonMax"/> characters.</summary>
    public static MailFragment? Note(string? messageToApplicant, Names names)
    {
        var message = string.IsNullOrWhiteSpace(messageToApplicant) ? null : messageToApplicant.Trim();
        if (message is { Length: > DecisionInput.ReasonMax })
            throw new Domain.Common.DomainValidationException(MessageField, "MaxLength", $"{MessageField} may be at most {DecisionInput.ReasonMax} characters.", DecisionInput.ReasonMax);
        return message is null ? null : new MailFragment("Application.Note", names.Organisation, message);
    }

    /// <summary>The decision form's field for the words sent to the applicant.</summary>
    public const string MessageField = "MessageToApplicant";

    public static Task<Application?> FindAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>The application the request names, at the version its caller saw.</summary>
    public static async Task<Application> LoadAsync(AppDbContext db, Guid id, Guid? version, CancellationToken ct)
    {
        var application = await FindAsync(db, id, ct) ?? throw new Infrastructure.Errors.NotFoundException();
        db.ExpectVersion(application, version);
        return application;
    }
}
