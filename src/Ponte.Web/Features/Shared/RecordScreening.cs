using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Screening;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Shared;

/// <summary>One rating as typed into the form or sent to the API, before the domain sees it.</summary>
public sealed record RatingInput(Indicator Indicator, int? Score, string? Note);

/// <summary>
/// Records a screening of a mentee: staff of her organisation with her (in the mode they name),
/// or the mentee's own self-assessment (always <see cref="AssessmentMode.SelfAssessment"/>).
/// Whoever may not record it finds no such participant. The screening form and the participants
/// API both record through it. It answers her open self-assessment requests.
/// </summary>
public static class RecordScreening
{
    /// <summary>A screening dated later than this after the server's clock is in the future (clocks drift).</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    /// <summary>A screening as sent: <see cref="TakenAt"/> null is now; <see cref="Mode"/> is read from staff only.</summary>
    public sealed record Request(Guid ParticipantId, AssessmentMode? Mode, DateTimeOffset? TakenAt, IReadOnlyList<RatingInput>? Ratings);

    public sealed record Recorded(Participant Participant, Assessment Assessment);

    public sealed class Handler(HandlerContext context, CurrentUser me) : IHandler
    {
        public async Task<Recorded> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var access = new ParticipantAccess(db, me);
            var participant = await access.GetAsync(request.ParticipantId, ct);
            if (!access.MayRecordScreening(participant))
                throw new NotFoundException();
            if (Mistakes(request, access.MayChooseMode, context.Now).FirstOrDefault() is { } mistake)
                throw mistake;

            var mode = access.MayChooseMode ? request.Mode!.Value : AssessmentMode.SelfAssessment;
            var ratings = request.Ratings!.Select(r => (r.Indicator, r.Score ?? 0, r.Note));
            var assessment = Assessment.Record(participant, mode, ratings, context.Actor, request.TakenAt ?? context.Now);
            db.Assessments.Add(assessment);
            // Any screening of hers taken since she was asked answers her open self-assessment requests (no reminder follows).
            var open = await db.CheckIns.Where(c => c.ParticipantId == participant.Id && c.Kind == CheckInKind.SelfAssessment && c.State != CheckInState.Answered).ToListAsync(ct);
            foreach (var asked in open.Where(c => SelfAssessmentSchedule.Answers(c, assessment)))
                asked.AnswerSelfAssessment(assessment, context.Now);
            await db.SaveChangesAsync(ct);
            return new Recorded(participant, assessment);
        }
    }

    /// <summary>
    /// Every mistake of a screening at once, so that the form can show each next to its field (the
    /// handler refuses the first, the domain stops at the first). Field names follow the domain's:
    /// <c>Mode</c>, <c>TakenAt</c>, <c>Ratings[HardSkills]</c>, <c>Ratings[HardSkills].Note</c>.
    /// </summary>
    public static IReadOnlyList<DomainValidationException> Mistakes(Request request, bool mayChooseMode, DateTimeOffset now)
    {
        var mistakes = new List<DomainValidationException>();
        if (mayChooseMode && request.Mode is null)
            mistakes.Add(new DomainValidationException(nameof(Request.Mode), "Required", "Choose how the screening was done."));
        else if (mayChooseMode && !Enum.IsDefined(request.Mode!.Value))
            mistakes.Add(new DomainValidationException(nameof(Request.Mode), "Invalid", "Choose one of the options."));

        if (request.TakenAt > now + ClockTolerance)
            mistakes.Add(new DomainValidationException(nameof(Request.TakenAt), "DateInFuture", "The date cannot be in the future."));
        else if (request.TakenAt?.Year < 2000)
            mistakes.Add(new DomainValidationException(nameof(Request.TakenAt), "DateFormat", "Enter a valid date."));

        if (request.Ratings is not { } ratings)
            mistakes.Add(new DomainValidationException(nameof(Request.Ratings), "Required", "Rate every indicator."));
        else
            mistakes.AddRange(RatingMistakes(ratings));
        return mistakes;
    }

    private static IEnumerable<DomainValidationException> RatingMistakes(IReadOnlyCollection<RatingInput> ratings)
    {
        if (ratings.Any(r => !Enum.IsDefined(r.Indicator)))
            yield return new DomainValidationException(nameof(Request.Ratings), "Invalid", "An indicator has an unknown value.");

        foreach (var indicator in Indicators.All)
        {
            var given = ratings.Where(r => r.Indicator == indicator).ToList();
            var field = $"{nameof(Request.Ratings)}[{indicator}]";
            if (given.Count > 1)
            {
                yield return new DomainValidationException(field, "DuplicateIndicator", "Each indicator is rated once.");
                continue;
            }

            var rating = given.FirstOrDefault();
            if (rating?.Score is not (>= 1 and <= 5))
                yield return new DomainValidationException(field, "ScoreRange", "Choose a rating from 1 to 5.", 1, 5);
            if (rating?.Note?.Trim().Length > Rating.NoteMax)
                yield return new DomainValidationException(field + ".Note", "MaxLength", $"Use at most {Rating.NoteMax} characters.", Rating.NoteMax);
        }
    }
}
