using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Who reads which final form: an individual form its author and the organisation's managers; a
/// joint form the managers, the mentors of the process and the mentee it is about (not another
/// mentee of a group). A form the caller may not read answers as one that does not exist (404).
/// </summary>
public static class EvaluationAccess
{
    public static bool MayReadIndividual(ProcessAccess access, MentoringProcess process, Guid participantId) =>
        process.HasParticipant(participantId) && (access.IsManager || access.Me(process)?.ParticipantId == participantId);

    public static bool MayReadJoint(ProcessAccess access, MentoringProcess process, Guid menteeId) =>
        process.MenteeIds.Contains(menteeId)
        && (access.IsManager || access.Me(process) is { } me && (me.Role != ProcessRole.Mentee || me.ParticipantId == menteeId));

    /// <summary>The caller's own place, for filling in a form: a manager (no place) may read, not write (403).</summary>
    public static ProcessMember Author(ProcessAccess access, MentoringProcess process) =>
        access.MeLinked(process) ?? throw ProcessAccess.ManagersOnly();

    public static async Task<IndividualEvaluation?> IndividualAsync(AppDbContext db, Guid processId, Guid participantId, CancellationToken ct) =>
        await db.IndividualEvaluations.SingleOrDefaultAsync(e => e.ProcessId == processId && e.ParticipantId == participantId, ct);

    public static async Task<JointEvaluation?> JointAsync(AppDbContext db, Guid processId, Guid menteeId, CancellationToken ct) =>
        await db.JointEvaluations.SingleOrDefaultAsync(e => e.ProcessId == processId && e.MenteeId == menteeId, ct);

    public static void RequireJoint(ProcessAccess access, MentoringProcess process, Guid menteeId)
    {
        if (!MayReadJoint(access, process, menteeId))
            throw new NotFoundException();
    }
}
