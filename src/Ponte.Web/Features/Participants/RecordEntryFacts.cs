using Ponte.Data;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Participants;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Participants;

/// <summary>
/// A manager records or corrects a mentee's facts at entry with her (ADR 0023): every question
/// answered, declined ("prefer not to say") or left unanswered; all wrong fields named at once.
/// Another organisation's participant is not found; a trainer may read the facts but not change them.
/// </summary>
public static class RecordEntryFacts
{
    public sealed record Request(Guid ParticipantId, EntryFactsInput Facts, Guid? Version);

    public sealed class Handler(HandlerContext context, CurrentUser me, LocalTime local) : IHandler
    {
        public async Task<Participant> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var access = new ParticipantAccess(db, me);
            var participant = await access.GetAsync(request.ParticipantId, ct);
            if (!access.IsStaff)
                throw new NotFoundException();
            if (!access.IsManager)
                throw new RequestRefusedException(StatusCodes.Status403Forbidden, "Error.Forbidden");
            db.ExpectVersion(participant, request.Version);
            participant.RecordFacts(request.Facts, context.Actor, local.Today(context.Now), context.Now);
            await db.SaveChangesAsync(ct);
            return participant;
        }
    }
}

/// <summary>
/// A participant's facts at entry as the API shows them. Disability and housing are for the
/// organisation's managers only: for anyone else they are null and <see cref="SensitiveHidden"/> is true.
/// </summary>
public sealed record EntryFactsView(
    DateOnly? BirthDate,
    SituationAtEntry? Situation,
    EducationLevel? Education,
    string? Citizenship,
    bool? ThirdCountryNational,
    YesNo? ForeignBackground,
    YesNo? Disability,
    YesNo? Homeless,
    Ponte.Domain.Mentoring.CefrLevel? HostLanguageLevel,
    IReadOnlyList<EntryQuestion> Declined,
    DateTimeOffset? AskedAt,
    EntryFactsSource? Source,
    bool SensitiveHidden,
    Guid Version)
{
    public static EntryFactsView Of(Participant participant, bool mayReadSensitive)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var f = participant.Facts;
        var sensitive = EntryQuestion.Disability | EntryQuestion.Homeless;
        var declined = Enum.GetValues<EntryQuestion>()
            .Where(q => q != EntryQuestion.None && f.IsDeclined(q) && (mayReadSensitive || (q & sensitive) == 0))
            .ToList();
        return new EntryFactsView(
            f.BirthDate, f.Situation, f.Education, f.Citizenship, f.ThirdCountryNational, f.ForeignBackground,
            mayReadSensitive ? f.Disability : null, mayReadSensitive ? f.Homeless : null, f.HostLanguageLevel,
            declined, f.AskedAt, f.Source, !mayReadSensitive, participant.Version);
    }
}

public sealed record EntryFactsBody(
    DateOnly? BirthDate,
    SituationAtEntry? Situation,
    EducationLevel? Education,
    string? Citizenship,
    YesNo? ForeignBackground,
    YesNo? Disability,
    YesNo? Homeless,
    Ponte.Domain.Mentoring.CefrLevel? HostLanguageLevel,
    IReadOnlyList<EntryQuestion>? Declined,
    Guid? Version)
{
    public EntryFactsInput ToInput() => new(
        BirthDate, Situation, Education, Citizenship, ForeignBackground, Disability, Homeless, HostLanguageLevel,
        (Declined ?? []).Aggregate(EntryQuestion.None, (all, q) => all | q));
}
