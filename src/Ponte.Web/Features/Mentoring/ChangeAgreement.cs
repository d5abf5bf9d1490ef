using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Programmes;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A manager changes the pair's goals, rhythm or duration. Once someone has accepted, the text is
/// a new version and everyone is asked again (an active process is agreed again until they have).
/// </summary>
public static class ChangeAgreement
{
    public sealed record Request(Guid ProcessId, string? Goals, MeetingRhythm? MeetingRhythm, int? DurationMonths, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, ProcessMessages messages) : IHandler
    {
        public async Task<(MentoringProcess Process, bool Changed)> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            db.ExpectVersion(process, request.Version);
            var change = process.ChangeAgreement(request.Goals,
                request.MeetingRhythm ?? throw new DomainValidationException("MeetingRhythm", "Required", "Choose how often you meet."),
                request.DurationMonths ?? throw new DomainValidationException("DurationMonths", "Required", "Enter the duration in months."),
                context.Actor, context.Now);
            if (change.IsEmpty)
                return (process, false);
            await ProcessTimelines.CopyAsync(db, change, ct);
            await messages.TellEveryoneAsync(db, process, "Mentoring.AgreementChanged", ct);
            await db.SaveChangesAsync(ct);
            return (process, true);
        }
    }
}
