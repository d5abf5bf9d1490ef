using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Who may read which check-in: its own participant, and the organisation's managers; anyone else finds none.</summary>
public static class CheckInAccess
{
    public static async Task<(CheckIn CheckIn, MentoringProcess Process)> LoadAsync(AppDbContext db, ProcessAccess access, Guid id, CancellationToken ct)
    {
        var checkIn = (await db.CheckIns.FirstOrDefaultAsync(c => c.Id == id, ct)).OrNotFound();
        var process = await access.GetAsync(checkIn.ProcessId, ct);
        if (!access.IsManager && access.Me(process)?.ParticipantId != checkIn.ParticipantId)
            throw new NotFoundException(); // the other side of the process does not read her answers
        return (checkIn, process);
    }
}

/// <summary>
/// A participant answers her check-in: a periodic one with how it is going (1–5), whether meetings
/// happened and an optional note for the organisation; a fit check with good fit / still deciding /
/// not a good fit. "Not a good fit" alerts the organisation's managers at once.
/// </summary>
public static class AnswerCheckIn
{
    public sealed record Request(Guid CheckInId, int? Score, bool? MeetingsHappened, FitAnswer? Fit, string? ForOrganisation, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, CheckInMessages messages) : IHandler
    {
        public async Task<CheckIn> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var (checkIn, process) = await CheckInAccess.LoadAsync(db, access, request.CheckInId, ct);
            if (access.MeLinked(process)?.ParticipantId != checkIn.ParticipantId)
                throw new RequestRefusedException(StatusCodes.Status403Forbidden, "Error.Forbidden"); // a manager reads answers, she does not give them
            db.ExpectVersion(checkIn, request.Version);
            if (checkIn.Kind == CheckInKind.SelfAssessment)
                throw new DomainException("SelfAssessmentRequest", "A self-assessment request is answered by recording the self-assessment.");
            if (checkIn.Kind == CheckInKind.Periodic)
            {
                var checks = new FieldChecks();
                var score = checks.Run(() => request.Score ?? throw new DomainValidationException(nameof(CheckIn.Score), "Required", "Say how it is going."));
                var met = checks.Run(() => request.MeetingsHappened ?? throw new DomainValidationException(nameof(CheckIn.MeetingsHappened), "Required", "Say whether your meetings happened."));
                checks.ThrowIfAny();
                checkIn.AnswerPeriodic(score, met, request.ForOrganisation, context.Now);
            }
            else
            {
                var fit = request.Fit ?? throw new DomainValidationException(nameof(CheckIn.Fit), "Required", "Say whether it is a good fit.");
                checkIn.AnswerFit(fit, request.ForOrganisation, context.Now);
                if (checkIn.IsNotAGoodFit)
                    await messages.AlertManagersAsync(db, process, "Attention.NotAGoodFit", ct);
            }

            await db.SaveChangesAsync(ct);
            return checkIn;
        }
    }
}
