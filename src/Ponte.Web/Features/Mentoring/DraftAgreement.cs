using Ponte.Data;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Programmes;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A manager drafts the process's agreement from the programme's template in the chosen language,
/// with the pair's goals, meeting rhythm and duration; everyone is asked to read and accept it.
/// </summary>
public static class DraftAgreement
{
    public sealed record Request(Guid ProcessId, string? Language, string? Goals, MeetingRhythm? MeetingRhythm, int? DurationMonths, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, ProcessMessages messages) : IHandler
    {
        public async Task<MentoringProcess> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            var language = (request.Language ?? string.Empty).Trim().ToLowerInvariant();
            if (language.Length == 0)
                throw new DomainValidationException("Language", "Required", "Choose the agreement's language.");
            var template = await db.AgreementTemplates.SingleOrDefaultAsync(t => t.ProgrammeId == process.ProgrammeId && t.Language == language, ct)
                ?? throw new DomainValidationException("Language", "NoTemplate", "This programme has no agreement in that language yet.");
            db.ExpectVersion(process, request.Version);
            var change = process.DraftAgreement(template, request.Goals,
                request.MeetingRhythm ?? throw new DomainValidationException("MeetingRhythm", "Required", "Choose how often you meet."),
                request.DurationMonths ?? throw new DomainValidationException("DurationMonths", "Required", "Enter the duration in months."),
                context.Actor, context.Now);
            await ProcessTimelines.CopyAsync(db, change, ct);
            await messages.TellEveryoneAsync(db, process, "Mentoring.AgreementReady", ct);
            await db.SaveChangesAsync(ct);
            return process;
        }
    }
}
