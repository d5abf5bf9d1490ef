using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A plan opened for one edit: its process, the plan (new when this edit starts it) and who edits it.</summary>
public sealed record PlanEdit(MentoringProcess Process, SupportPlan Plan, PlanEditor Editor, bool IsNew);

/// <summary>
/// Who reaches which support plan, for the plan's handlers and views. A plan is one mentee's in
/// one process: the organisation's managers and the process's mentors read every plan of it, a
/// mentee only her own (another mentee's looks like none, 404). Only the participants edit;
/// a manager's edit is 403. The first edit of a plan starts it.
/// </summary>
public static class PlanAccess
{
    /// <summary>The process, if the caller may read <paramref name="menteeId"/>'s plan in it; otherwise <see cref="NotFoundException"/>.</summary>
    public static async Task<MentoringProcess> ProcessAsync(ProcessAccess access, Guid processId, Guid menteeId, CancellationToken ct)
    {
        var process = await access.GetAsync(processId, ct);
        if (!process.MenteeIds.Contains(menteeId))
            throw new NotFoundException();
        // A group's mentees never read each other's plans.
        if (access.Me(process) is { Role: ProcessRole.Mentee } me && me.ParticipantId != menteeId)
            throw new NotFoundException();
        return process;
    }

    /// <summary>Opens the plan for an edit at the version the caller saw, starting it when it has none yet.</summary>
    public static async Task<PlanEdit> EditAsync(HandlerContext context, ProcessAccess access, Guid processId, Guid menteeId, Guid? version, CancellationToken ct)
    {
        var process = await ProcessAsync(access, processId, menteeId, ct);
        if (access.MeLinked(process) is null)
            throw ProcessAccess.ManagersOnly();

        var db = context.Db;
        var plan = await db.SupportPlans.SingleOrDefaultAsync(p => p.ProcessId == processId && p.MenteeId == menteeId, ct);
        var isNew = plan is null;
        if (plan is null)
        {
            plan = SupportPlan.For(process, menteeId, context.Actor, context.Now);
            db.SupportPlans.Add(plan);
        }
        else
        {
            db.ExpectVersion(plan, version);
        }

        return new PlanEdit(process, plan, PlanEditor.Of(process, context.Actor), isNew);
    }

    /// <summary>
    /// The edit's one save. Two people starting the same plan at once: the second save meets the
    /// unique index, and is answered as the conflict it is (409, reload) rather than an error.
    /// </summary>
    public static async Task SaveAsync(HandlerContext context, PlanEdit edit, CancellationToken ct)
    {
        try
        {
            await context.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (edit.IsNew && e is not DbUpdateConcurrencyException)
        {
            var startedMeanwhile = await context.Db.SupportPlans.AsNoTracking()
                .AnyAsync(p => p.ProcessId == edit.Plan.ProcessId && p.MenteeId == edit.Plan.MenteeId && p.Id != edit.Plan.Id, ct);
            if (!startedMeanwhile)
                throw;
            throw new DbUpdateConcurrencyException("The support plan was started by someone else at the same time.", e);
        }
    }

    public static DomainValidationException Required(string field, string message) => new(field, "Required", message);
}
