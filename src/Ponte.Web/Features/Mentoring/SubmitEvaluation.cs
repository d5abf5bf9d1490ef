using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A participant of a closed process fills in (or changes) her own final form: her experience, her satisfaction 1–5 and what changed.</summary>
public static class SubmitEvaluation
{
    public sealed record Request(Guid ProcessId, string? Experience, int? Satisfaction, string? WhatChanged, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<IndividualEvaluation> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            var me = EvaluationAccess.Author(access, process);
            var form = await EvaluationAccess.IndividualAsync(db, process.Id, me.ParticipantId, ct);
            if (form is null)
            {
                form = IndividualEvaluation.Submit(process, context.Actor, request.Experience, request.Satisfaction, request.WhatChanged, context.Now);
                db.IndividualEvaluations.Add(form);
            }
            else
            {
                db.ExpectVersion(form, request.Version);
                form.Revise(process, context.Actor, request.Experience, request.Satisfaction, request.WhatChanged, context.Now);
            }

            await db.SaveChangesAsync(ct);
            return form;
        }
    }
}
