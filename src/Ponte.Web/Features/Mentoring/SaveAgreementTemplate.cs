using Ponte.Data;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A manager writes the programme's commitment agreement in one language, or revises it (each
/// change of the text is a new text version). Agreements already drafted keep their text until a
/// manager takes the new one into them.
/// </summary>
public static class SaveAgreementTemplate
{
    public sealed record Request(
        Guid ProgrammeId, string? Language, string? Goals, string? MeetingRhythm, string? Duration, string? Roles,
        string? Confidentiality, string? EndingEarly, Guid? Version);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<(AgreementTemplate Template, bool Created)> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programme = (await db.Programmes.SingleOrDefaultAsync(p => p.Id == request.ProgrammeId, ct)).OrNotFound();
            var sections = AgreementSections.Create(request.Goals, request.MeetingRhythm, request.Duration, request.Roles, request.Confidentiality, request.EndingEarly);
            var language = (request.Language ?? string.Empty).Trim().ToLowerInvariant();
            var template = await db.AgreementTemplates.SingleOrDefaultAsync(t => t.ProgrammeId == programme.Id && t.Language == language, ct);
            if (template is null)
            {
                template = AgreementTemplate.Create(programme, language, sections, context.Actor, context.Now);
                db.AgreementTemplates.Add(template);
                await db.SaveChangesAsync(ct);
                return (template, true);
            }

            db.ExpectVersion(template, request.Version);
            if (template.Revise(sections, context.Actor, context.Now))
                await db.SaveChangesAsync(ct);
            return (template, false);
        }
    }
}
