using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>The mentee or her mentor saves the joint final form of her plan: each goal achieved, partly or not achieved, with the evidence.</summary>
public static class SubmitJointEvaluation
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, IReadOnlyList<GoalRatingInput>? Ratings, string? Summary, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<JointEvaluation> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            EvaluationAccess.RequireJoint(access, process, request.MenteeId);
            EvaluationAccess.Author(access, process);
            var plan = await db.SupportPlans.SingleOrDefaultAsync(p => p.ProcessId == process.Id && p.MenteeId == request.MenteeId, ct);
            var form = await EvaluationAccess.JointAsync(db, process.Id, request.MenteeId, ct);
            if (form is null)
            {
                form = JointEvaluation.Submit(process, request.MenteeId, plan, request.Ratings ?? [], request.Summary, context.Actor, context.Now);
                db.JointEvaluations.Add(form);
            }
            else
            {
                db.ExpectVersion(form, request.Version);
                form.Revise(process, plan, request.Ratings ?? [], request.Summary, context.Actor, context.Now);
            }

            await db.SaveChangesAsync(ct);
            return form;
        }
    }
}
