using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Who may read which follow-up: the mentee asked, and the organisation's managers; anyone else (her former mentor too) finds none.</summary>
public static class FollowUpAccess
{
    public static async Task<(FollowUp FollowUp, MentoringProcess Process)> LoadAsync(AppDbContext db, ProcessAccess access, Guid id, CancellationToken ct)
    {
        var followUp = (await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id, ct)).OrNotFound();
        var process = await access.GetAsync(followUp.ProcessId, ct);
        if (!access.IsManager && access.Me(process)?.ParticipantId != followUp.ParticipantId)
            throw new NotFoundException();
        return (followUp, process);
    }
}

/// <summary>
/// "What is your situation now?" answered: by the mentee herself, or by a manager of her
/// organisation who records what she said on the phone (the record says so). Answered once.
/// </summary>
public static class AnswerFollowUp
{
    /// <param name="ProcessId">When given (the API's route), the follow-up must be of this process.</param>
    public sealed record Request(Guid FollowUpId, Guid? ProcessId, LabourMarketSituation? Situation, string? Qualification, CefrLevel? LanguageLevel, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<FollowUp> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var (followUp, process) = await FollowUpAccess.LoadAsync(db, access, request.FollowUpId, ct);
            if (request.ProcessId is { } processId && processId != followUp.ProcessId)
                throw new NotFoundException();
            var hers = access.MeLinked(process)?.ParticipantId == followUp.ParticipantId;
            db.ExpectVersion(followUp, request.Version);
            followUp.Answer(new FollowUpAnswer(request.Situation, request.Qualification, request.LanguageLevel), context.Actor, forHer: !hers, context.Now);
            await db.SaveChangesAsync(ct);
            return followUp;
        }
    }
}
