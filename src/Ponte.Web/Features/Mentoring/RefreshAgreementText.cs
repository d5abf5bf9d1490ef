using Ponte.Data;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A manager takes the programme's current template text into the process's agreement (its language unchanged); versions as <see cref="ChangeAgreement"/>.</summary>
public static class RefreshAgreementText
{
    public sealed record Request(Guid ProcessId, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, ProcessMessages messages) : IHandler
    {
        public async Task<(MentoringProcess Process, bool Changed)> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            var language = process.Agreement?.Terms.Language;
            var template = await db.AgreementTemplates.SingleOrDefaultAsync(t => t.ProgrammeId == process.ProgrammeId && t.Language == language, ct);
            if (template is null)
                throw new Domain.Common.DomainException("AgreementNotDrafted", "Draft the agreement first.");
            db.ExpectVersion(process, request.Version);
            var change = process.UpdateAgreementFromTemplate(template, context.Actor, context.Now);
            if (change.IsEmpty)
            {
                await db.SaveChangesAsync(ct);
                return (process, false);
            }

            await ProcessTimelines.CopyAsync(db, change, ct);
            await messages.TellEveryoneAsync(db, process, "Mentoring.AgreementChanged", ct);
            await db.SaveChangesAsync(ct);
            return (process, true);
        }
    }
}
