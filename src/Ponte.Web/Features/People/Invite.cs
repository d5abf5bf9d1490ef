using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.People;

/// <summary>
/// Invites a person: her account (without a password) in the role given, and the link with which
/// she sets one, in the language chosen for her. A manager invites managers and trainers of her
/// own organisation; the coordinator invites the first manager of any organisation.
/// </summary>
public static class Invite
{
    public sealed record Request(string? Name, string? Email, string? Role, Guid? OrganisationId, string? Culture);

    /// <summary>The roles the caller may give.</summary>
    public static IReadOnlyList<string> RolesFor(CurrentUser me) =>
        me.IsCoordinator ? [Roles.OrganisationManager] : [Roles.OrganisationManager, Roles.Trainer];

    public sealed class Handler(HandlerContext context, CurrentUser me, Invitations invitations) : IHandler
    {
        public const int NameMax = 200;
        public const int EmailMax = 254;

        /// <summary>Everything wrong with the request, each against its field, so a form can show them all at once.</summary>
        public async Task<IReadOnlyList<DomainValidationException>> RefusalsAsync(Request request, CancellationToken ct)
        {
            var refusals = new List<DomainValidationException>();
            if (me.IsCoordinator && (request.OrganisationId is not { } organisationId || !await context.Db.Organisations.AnyAsync(o => o.Id == organisationId, ct)))
                refusals.Add(new DomainValidationException(nameof(Request.OrganisationId), "Required", "Choose the organisation."));
            if (request.Role is null || !RolesFor(me).Contains(request.Role))
                refusals.Add(new DomainValidationException(nameof(Request.Role), "Invalid", "Choose one of the roles offered."));

            var name = request.Name?.Trim();
            if (string.IsNullOrEmpty(name))
                refusals.Add(new DomainValidationException(nameof(Request.Name), "Required", "The name is required."));
            else if (name.Length > NameMax)
                refusals.Add(new DomainValidationException(nameof(Request.Name), "Invalid", "The name is too long."));
            else if (TextRules.NameProblem(name) is { } problem)
                refusals.Add(new DomainValidationException(nameof(Request.Name), problem, "The name must be visible letters without control characters."));

            var email = request.Email?.Trim();
            if (string.IsNullOrEmpty(email))
                refusals.Add(new DomainValidationException(nameof(Request.Email), "Required", "The email is required."));
            else if (email.Length > EmailMax)
                refusals.Add(new DomainValidationException(nameof(Request.Email), "Invalid", "The email is too long."));
            else if (!Profile.IsEmail(email))
                refusals.Add(new DomainValidationException(nameof(Request.Email), "Email", "Enter an email address like name@example.org."));
            return refusals;
        }

        public async Task<ApplicationUser> HandleAsync(Request request, CancellationToken ct)
        {
            if (await RefusalsAsync(request, ct) is [var first, ..])
                throw first;

            // Identity saves the account and its role itself: they and the invitation stand or fall together.
            var db = context.Db;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var organisationId = me.IsCoordinator ? request.OrganisationId : me.OrganisationId;
            var (user, errors) = await invitations.InviteAsync(
                db, request.Email!.Trim(), request.Name!.Trim(), request.Role!, organisationId, null, request.Culture ?? "en", ct);
            if (user is null)
            {
                throw errors.Any(e => e.Contains("Duplicate", StringComparison.Ordinal))
                    ? new DomainValidationException(nameof(Request.Email), "DuplicateEmail", "An account with this email exists.")
                    : new DomainValidationException(nameof(Request.Email), "Invalid", "The account could not be created.");
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return user;
        }
    }
}
