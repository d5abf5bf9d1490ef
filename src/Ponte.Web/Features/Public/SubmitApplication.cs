using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Data.Outbox;
using Ponte.Domain.Applications;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Public;

/// <summary>
/// Stores a public application form once: a second copy of the same form (its submission key) is
/// ignored, and a new form from the same email while her application is open stores nothing and
/// tells her, by email, that we already have it (docs/decisions/0012-duplicate-applications.md).
/// She is told a stored application arrived, in her language, in the same save.
/// </summary>
public static class SubmitApplication
{
    public sealed record Request(
        PublicProgramme Form,
        Guid SubmissionKey,
        Profile Profile,
        ReferralSource ReferralSource,
        string? ReferralDetail,
        bool Consent,
        string? PrivacyNoticeVersion);

    public enum Outcome
    {
        Stored,

        /// <summary>The same form again: the first copy stands.</summary>
        AlreadyStored,

        /// <summary>She has an open application to this programme: she was told by email, nothing stored.</summary>
        AlreadyOpen,
    }

    public sealed class Handler(
        HandlerContext context,
        Acting acting,
        ApplicantLocks locks,
        IMailer mailer,
        Notifier notifier,
        IStringLocalizer<SharedResource> shared,
        ILogger<Handler> logger) : IHandler
    {
        public async Task<Outcome> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var (form, submissionKey, profile, referral, referralDetail, consent, notice) = request;
            var programme = form.Programme;
            using var applicant = await locks.EnterAsync(programme.Id, profile.Email.ToLowerInvariant(), ct);
            if (await AlreadyStoredAsync(programme.Id, submissionKey, ct))
                return Outcome.AlreadyStored;
            if (await OpenApplicationAsync(programme.Id, profile.Email, ct) is { } open)
            {
                // The same answer as for a new application, so the form never tells a stranger who has applied.
                await mailer.QueueAsync(db, programme.OrganisationId, profile.Email,
                    shared["PublicForm.AlreadyApplied.Subject", programme.Name],
                    shared["PublicForm.AlreadyApplied.Body", form.OrganisationName, programme.Name], ct);
                await db.SaveChangesAsync(ct);
                logger.LogInformation("A repeat application to programme {ProgrammeId} was not stored: application {ApplicationId} is open", programme.Id, open);
                return Outcome.AlreadyOpen;
            }

            var application = Application.Submit(programme, form.Role, submissionKey, profile, referral, referralDetail, consent, notice, context.Now);
            db.Applications.Add(application);
            await notifier.QueueAsync(db, new Recipient(profile.Email, profile.FullName, profile.PreferredLanguage, programme.OrganisationId),
                "Application.Received", [programme.Name, profile.FullName, form.OrganisationName], ct: ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Two copies of the same form raced past the check; the unique index kept the first.
                db.ChangeTracker.Clear();
                if (!await AlreadyStoredAsync(programme.Id, submissionKey, ct))
                    throw;
                logger.LogInformation("A second copy of application form {SubmissionKey} was ignored", submissionKey);
                return Outcome.AlreadyStored;
            }

            return Outcome.Stored;
        }

        /// <summary>Her open application to this programme under the same email (trimmed, any case), if any.</summary>
        private async Task<Guid?> OpenApplicationAsync(Guid programmeId, string email, CancellationToken ct)
        {
            var key = email.ToLowerInvariant();
            var open = Application.OpenStatuses.ToArray();
            using var system = acting.ForNetwork();
            return await context.Db.Applications.AsNoTracking()
                .Where(a => a.ProgrammeId == programmeId && a.Profile.Email.ToLower() == key && open.Contains(a.Status))
                .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        }

        private async Task<bool> AlreadyStoredAsync(Guid programmeId, Guid submissionKey, CancellationToken ct)
        {
            using var system = acting.ForNetwork();
            return await context.Db.Applications.AsNoTracking().AnyAsync(a => a.ProgrammeId == programmeId && a.SubmissionKey == submissionKey, ct);
        }
    }
}
