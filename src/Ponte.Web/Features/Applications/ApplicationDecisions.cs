using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Data;
using Ponte.Web.Features.Account;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Persistence;

namespace Ponte.Web.Features.Applications;

/// <summary>What happened to the accepted person's sign-in account.</summary>
public enum AccountOutcome
{
    /// <summary>Not accepted: no account is involved.</summary>
    None,

    /// <summary>A new account was created and the one-time link to set a password was sent.</summary>
    Invited,

    /// <summary>She already had an account in this organisation; the participant is linked to it.</summary>
    LinkedExistingAccount,

    /// <summary>Her email belongs to an account elsewhere (another organisation): nothing was sent, staff must sort it out.</summary>
    EmailInUseElsewhere,
}

public sealed record DecisionOutcome(Participant? Participant, AccountOutcome Account);

/// <summary>What a decision needs besides the database: accounts, invitations and the messages she receives.</summary>
public sealed record DecisionServices(UserManager<ApplicationUser> Users, Invitations Invitations, Notifier Notifier);

/// <summary>
/// The staff's steps on an application, shared by the pages and the API. Each saves only if the
/// application is still at the version the caller saw.
/// </summary>
public static class ApplicationDecisions
{
    /// <summary>
    /// Schedules or moves the interview; she gets an invitation with a calendar entry in the
    /// organisation's time zone (an update of the same entry when it moves), in the same save.
    /// </summary>
    public static async Task ScheduleInterviewAsync(AppDbContext db, Notifier notifier, Application application, Guid? version, DateTimeOffset at, string? location, string? onlineLink, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        db.ExpectVersion(application, version);
        var moved = application.InterviewAt is not null;
        application.ScheduleInterview(at, location, onlineLink, actor, now);
        var names = await NamesAsync(db, application, ct);
        var where = string.Join(" · ", new[] { application.InterviewLocation, application.InterviewOnlineLink }.Where(w => w is not null));
        await notifier.QueueAsync(db, RecipientOf(application), moved ? "Application.InterviewMoved" : "Application.Interview",
            [names.Programme, application.Profile.FullName, new MailTime(at, names.TimeZone), where, names.Organisation],
            Interview(application, names, cancelled: false), ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The interview's calendar entry: one UID per application, its sequence the number of times it was set before.</summary>
    private static CalendarInvitation Interview(Application application, Names names, bool cancelled) => new(
        Uid: $"interview-{application.Id:N}@ponte",
        Sequence: application.History.Count(h => h.Event == "InterviewScheduled") - 1 + (cancelled ? 1 : 0),
        Start: application.InterviewAt!.Value,
        Length: InterviewLength,
        Zone: LocalTime.Resolve(names.TimeZone),
        Summary: $"{names.Programme} — {names.Organisation}",
        Location: application.InterviewLocation ?? application.InterviewOnlineLink,
        Url: application.InterviewOnlineLink,
        Cancelled: cancelled);

    /// <summary>How long an interview is put in her calendar for.</summary>
    public static readonly TimeSpan InterviewLength = TimeSpan.FromHours(1);

    private static Recipient RecipientOf(Application application) =>
        new(application.Profile.Email, application.Profile.FullName, application.Profile.PreferredLanguage, application.OrganisationId);

    public static async Task RecordInterviewAsync(AppDbContext db, Application application, Guid? version, string? qualifications, string? motivation, string? expectations, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        db.ExpectVersion(application, version);
        application.RecordInterview(qualifications, motivation, expectations, actor, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Accepts, wait-lists or declines. Accepting creates the participant and gives her a way to
    /// sign in: an invitation, or a link to the account she already has in this organisation.
    /// </summary>
    public static async Task<DecisionOutcome> DecideAsync(
        AppDbContext db,
        DecisionServices services,
        Application application,
        Guid? version,
        Decision decision,
        string? reason,
        string? messageToApplicant,
        Actor actor,
        DateTimeOffset now,
        CancellationToken ct)
    {
        var (users, invitations, notifier) = services;
        db.ExpectVersion(application, version);
        var message = string.IsNullOrWhiteSpace(messageToApplicant) ? null : messageToApplicant.Trim();
        if (message is { Length: > DecisionInput.ReasonMax })
            throw new DomainValidationException(MessageField, "MaxLength", $"{MessageField} may be at most {DecisionInput.ReasonMax} characters.", DecisionInput.ReasonMax);
        var interviewAhead = application.Status == ApplicationStatus.InterviewScheduled && application.InterviewAt > now;
        var participant = application.Decide(decision, reason, actor, now);
        var to = RecipientOf(application);
        var names = await NamesAsync(db, application, ct);

        // An interview still ahead is taken out of her calendar by the decision's email.
        var cancel = interviewAhead ? Interview(application, names, cancelled: true) : null;
        var note = message is null ? null : new MailFragment("Application.Note", names.Organisation, message);
        if (participant is null)
        {
            // She is told in the same save as the decision.
            var template = decision == Decision.WaitList ? "Application.WaitListed" : "Application.Declined";
            await notifier.QueueAsync(db, to, template, [names.Programme, application.Profile.FullName, names.Organisation, note], cancel, ct);
            await db.SaveChangesAsync(ct);
            return new DecisionOutcome(null, AccountOutcome.None);
        }

        // The decision, the participant, her account and the invitation stand or fall together.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Participants.Add(participant);
        await db.SaveChangesAsync(ct);

        var profile = participant.Profile;
        AccountOutcome outcome;
        var existing = await users.FindByEmailAsync(profile.Email);
        if (existing is null)
        {
            var role = participant.Role == ParticipantRole.Mentor ? Roles.Mentor : Roles.Mentee;
            var (user, _) = await invitations.InviteAsync(db, profile.Email, profile.FullName, role, participant.OrganisationId, participant.Id, profile.PreferredLanguage, ct, sendInvitation: false);
            if (user is null)
            {
                outcome = AccountOutcome.EmailInUseElsewhere;
            }
            else
            {
                participant.LinkUser(user.Id);
                outcome = AccountOutcome.Invited;

                // The welcome carries the link with which she sets her password.
                await notifier.QueueAsync(db, to, "Application.Accepted",
                    [names.Programme, profile.FullName, names.Organisation, await invitations.InvitationLinkAsync(user)], cancel, ct);
            }
        }
        else if (existing.OrganisationId == participant.OrganisationId)
        {
            // One person, one account: a returning mentee (or a staff member who mentors) keeps hers.
            participant.LinkUser(existing.Id);
            if (existing.ParticipantId is null)
                existing.ParticipantId = participant.Id;
            var role = participant.Role == ParticipantRole.Mentor ? Roles.Mentor : Roles.Mentee;
            if (!await users.IsInRoleAsync(existing, role) && !(await users.AddToRoleAsync(existing, role)).Succeeded)
                throw new InvalidOperationException($"The account {existing.Id} could not be given the {role} role.");
            outcome = AccountOutcome.LinkedExistingAccount;
            await notifier.QueueAsync(db, to, "Application.AcceptedSignIn",
                [names.Programme, profile.FullName, names.Organisation, invitations.SignInLink()], cancel, ct);
        }
        else
        {
            outcome = AccountOutcome.EmailInUseElsewhere;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new DecisionOutcome(participant, outcome);
    }

    /// <summary>The decision form's field for the words sent to the applicant.</summary>
    public const string MessageField = "MessageToApplicant";

    private sealed record Names(string Programme, string Organisation, string TimeZone);

    private static async Task<Names> NamesAsync(AppDbContext db, Application application, CancellationToken ct)
    {
        var programme = await db.Programmes.Where(p => p.Id == application.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == application.OrganisationId).Select(o => new { o.Name, o.TimeZone }).SingleAsync(ct);
        return new Names(programme, organisation.Name, organisation.TimeZone);
    }

    public static Task<Application?> FindAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);
}
