using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A party accepts the agreement's current version: a participant in her own role, a manager for
/// the organisation. The acceptance keeps who, when, the version and the text. When the last
/// party accepts, the process is active and everyone is told they can now reach each other.
/// </summary>
public static class AcceptAgreement
{
    public sealed record Request(Guid ProcessId, AgreementRole? Role, int? AgreementVersion);

    public sealed class Handler(HandlerContext context, ProcessAccess access, ProcessMessages messages) : IHandler
    {
        public async Task<MentoringProcess> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            var role = request.Role ?? throw new DomainValidationException("Role", "Required", "Say in which role you accept.");
            if (role == AgreementRole.Organisation && !access.IsManager)
                throw new DomainException("WrongRole", "Only a manager of the organisation accepts for it.");
            access.MeLinked(process);

            // The text she read must be the text she accepts: a version changed since is refused.
            if (request.AgreementVersion is { } seen && process.Agreement is { } agreement && agreement.Version != seen)
                throw new DomainException("AgreementVersionChanged", "The agreement has changed since you read it. Read it again.", agreement.Version);
            var before = process.Status;
            var change = process.AcceptAgreement(role, context.Actor, context.Now);
            await ProcessTimelines.CopyAsync(db, change, ct);
            if (before != ProcessStatus.Active && process.Status == ProcessStatus.Active)
                await messages.TellEveryoneAsync(db, process, "Mentoring.Active", ct);
            await db.SaveChangesAsync(ct);
            return process;
        }
    }
}
