using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Data;
using Ponte.Web.Features.Account;
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

/// <summary>
/// The staff's steps on an application, shared by the pages and the API. Each saves only if the
/// application is still at the version the caller saw.
/// </summary>
public static class ApplicationDecisions
{
    public static async Task ScheduleInterviewAsync(AppDbContext db, Application application, Guid? version, DateTimeOffset at, string? location, string? onlineLink, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        db.ExpectVersion(application, version);
        application.ScheduleInterview(at, location, onlineLink, actor, now);
        await db.SaveChangesAsync(ct);
    }

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
        UserManager<ApplicationUser> users,
        Invitations invitations,
        Application application,
        Guid? version,
        Decision decision,
        string? reason,
        Actor actor,
        DateTimeOffset now,
        CancellationToken ct)
    {
        db.ExpectVersion(application, version);
        var participant = application.Decide(decision, reason, actor, now);
        if (participant is null)
        {
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
            var (user, _) = await invitations.InviteAsync(db, profile.Email, profile.FullName, role, participant.OrganisationId, participant.Id, profile.PreferredLanguage, ct);
            if (user is null)
            {
                outcome = AccountOutcome.EmailInUseElsewhere;
            }
            else
            {
                participant.LinkUser(user.Id);
                outcome = AccountOutcome.Invited;
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
        }
        else
        {
            outcome = AccountOutcome.EmailInUseElsewhere;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new DecisionOutcome(participant, outcome);
    }

    public static Task<Application?> FindAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);
}
