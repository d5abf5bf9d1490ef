using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Screening;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Shared;

/// <summary>
/// A manager of her organisation sets a mentee's target group, with one of her own screenings as
/// evidence; a mentee who was just accepted becomes ready to match. The target-group form and the
/// participants API both set it through here. "Error.EvidenceNotFound" is worded in <see cref="ScreeningText"/>.
/// </summary>
public static class SetTargetGroup
{
    public sealed record Request(Guid ParticipantId, Guid? Version, TargetGroup? TargetGroup, Guid? AssessmentId);

    public sealed class Handler(HandlerContext context, CurrentUser me) : IHandler
    {
        public async Task<Participant> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var access = new ParticipantAccess(db, me);
            var participant = await access.GetAsync(request.ParticipantId, ct);
            if (!access.MaySetTargetGroup(participant))
                throw new NotFoundException();

            if (request.TargetGroup is not { } group)
                throw new DomainValidationException(nameof(Request.TargetGroup), "Required", "Choose a target group.");
            if (!Enum.IsDefined(group))
                throw new DomainValidationException(nameof(Request.TargetGroup), "Invalid", "Choose one of the options.");
            var evidence = await EvidenceAsync(db, participant, request.AssessmentId, ct);

            var programme = await db.Programmes.FirstAsync(p => p.Id == participant.ProgrammeId, ct);
            db.ExpectVersion(participant, request.Version);
            participant.SetTargetGroup(group, evidence, programme, context.Actor, context.Now);
            await db.SaveChangesAsync(ct);
            return participant;
        }

        /// <summary>
        /// The screening named as evidence, looked up among her own (and, by the query filter, her
        /// organisation's): any other id is not evidence.
        /// </summary>
        private static async Task<Assessment> EvidenceAsync(AppDbContext db, Participant participant, Guid? assessmentId, CancellationToken ct)
        {
            if (!await db.Assessments.AnyAsync(a => a.ParticipantId == participant.Id, ct))
                throw new DomainValidationException(nameof(Request.AssessmentId), "ScreeningRequired", "Record a screening before setting the target group.");
            if (assessmentId is not { } id)
                throw new DomainValidationException(nameof(Request.AssessmentId), "Required", "Choose one of her screenings.");
            return await db.Assessments.FirstOrDefaultAsync(a => a.Id == id && a.ParticipantId == participant.Id && a.OrganisationId == participant.OrganisationId, ct)
                ?? throw new DomainValidationException(nameof(Request.AssessmentId), "EvidenceNotFound", "Choose one of her screenings.");
        }
    }
}
