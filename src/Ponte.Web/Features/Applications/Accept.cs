using Microsoft.AspNetCore.Identity;
using Ponte.Data;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Email;

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

/// <summary>
/// Accepts the applicant: the participant is created and given a way to sign in (an invitation,
/// or a link to the account she already has in this organisation), and she is welcomed in her
/// language. The decision, the participant, her account and the email stand or fall together.
/// </summary>
public static class Accept
{
    public sealed record Request(Guid ApplicationId, Guid? Version, string? Reason, string? MessageToApplicant);

    public sealed class Handler(HandlerContext context, UserManager<ApplicationUser> users, Invitations invitations, Notifier notifier) : IHandler
    {
        public async Task<DecisionOutcome> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var application = await ApplicationMessages.LoadAsync(db, request.ApplicationId, request.Version, ct);
            var names = await ApplicationMessages.NamesAsync(db, application, ct);
            var note = ApplicationMessages.Note(request.MessageToApplicant, names);
            var interviewAhead = application.Status == ApplicationStatus.InterviewScheduled && application.InterviewAt > context.Now;
            var participant = application.Decide(Decision.Accept, request.Reason, context.Actor, context.Now)!;
            var cancel = ApplicationMessages.CancelledInterview(interviewAhead, application, names);
            var to = ApplicationMessages.RecipientOf(application);

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Participants.Add(participant);
            await db.SaveChangesAsync(ct);

            var profile = participant.Profile;
            var role = participant.Role == ParticipantRole.Mentor ? Roles.Mentor : Roles.Mentee;
            AccountOutcome outcome;
            var existing = await users.FindByEmailAsync(profile.Email);
            if (existing is null)
            {
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
                        [names.Programme, profile.FullName, names.Organisation, await invitations.InvitationLinkAsync(user), note], cancel, ct);
                }
            }
            else if (existing.OrganisationId == participant.OrganisationId)
            {
                // One person, one account: a returning mentee (or a staff member who mentors) keeps hers.
                participant.LinkUser(existing.Id);
                if (existing.ParticipantId is null)
                    existing.ParticipantId = participant.Id;
                if (!await users.IsInRoleAsync(existing, role) && !(await users.AddToRoleAsync(existing, role)).Succeeded)
                    throw new InvalidOperationException($"The account {existing.Id} could not be given the {role} role.");
                outcome = AccountOutcome.LinkedExistingAccount;
                await notifier.QueueAsync(db, to, "Application.AcceptedSignIn",
                    [names.Programme, profile.FullName, names.Organisation, invitations.SignInLink(), note], cancel, ct);
            }
            else
            {
                outcome = AccountOutcome.EmailInUseElsewhere;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new DecisionOutcome(participant, outcome);
        }
    }
}
