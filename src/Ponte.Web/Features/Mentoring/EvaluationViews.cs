using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

public sealed record IndividualEvaluationView(
    Guid ProcessId, Guid ParticipantId, string Name, ProcessRole Role, string Experience, int Satisfaction, string? WhatChanged, DateTimeOffset SubmittedAt, Guid Version);

public sealed record GoalRatingView(Guid GoalId, string Goal, GoalAchievement Achievement, string? Evidence);

public sealed record JointEvaluationView(
    Guid ProcessId, Guid MenteeId, string MenteeName, IReadOnlyList<GoalRatingView> Ratings, string? Summary, DateTimeOffset SubmittedAt, string UpdatedBy, Guid Version);

/// <summary>The final forms of a process the caller may read.</summary>
public sealed record EvaluationsView(IReadOnlyList<IndividualEvaluationView> Individual, IReadOnlyList<JointEvaluationView> Joint);

public static class EvaluationViews
{
    public static async Task<EvaluationsView> ListAsync(AppDbContext db, MentoringProcess process, ProcessAccess access, CancellationToken ct)
    {
        var names = await NamesAsync(db, process, ct);
        var individual = (await db.IndividualEvaluations.Where(e => e.ProcessId == process.Id).ToListAsync(ct))
            .Where(e => EvaluationAccess.MayReadIndividual(access, process, e.ParticipantId))
            .Select(e => Individual(e, names)).OrderBy(e => e.Role).ThenBy(e => e.Name, StringComparer.CurrentCulture).ToList();
        var joint = (await db.JointEvaluations.Where(e => e.ProcessId == process.Id).ToListAsync(ct))
            .Where(e => EvaluationAccess.MayReadJoint(access, process, e.MenteeId))
            .Select(e => Joint(e, names)).OrderBy(e => e.MenteeName, StringComparer.CurrentCulture).ToList();
        return new EvaluationsView(individual, joint);
    }

    public static async Task<IndividualEvaluationView> IndividualAsync(AppDbContext db, MentoringProcess process, IndividualEvaluation form, CancellationToken ct) =>
        Individual(form, await NamesAsync(db, process, ct));

    public static async Task<JointEvaluationView> JointAsync(AppDbContext db, MentoringProcess process, JointEvaluation form, CancellationToken ct) =>
        Joint(form, await NamesAsync(db, process, ct));

    private static IndividualEvaluationView Individual(IndividualEvaluation e, IReadOnlyDictionary<Guid, string> names) =>
        new(e.ProcessId, e.ParticipantId, names.GetValueOrDefault(e.ParticipantId, string.Empty), e.Role, e.Experience, e.Satisfaction, e.WhatChanged, e.SubmittedAt, e.Version);

    private static JointEvaluationView Joint(JointEvaluation e, IReadOnlyDictionary<Guid, string> names) =>
        new(e.ProcessId, e.MenteeId, names.GetValueOrDefault(e.MenteeId, string.Empty),
            e.Ratings.Select(r => new GoalRatingView(r.GoalId, r.Goal, r.Achievement, r.Evidence)).ToList(),
            e.Summary, e.SubmittedAt, names.GetValueOrDefault(e.UpdatedByParticipantId, string.Empty), e.Version);

    private static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(AppDbContext db, MentoringProcess process, CancellationToken ct)
    {
        var ids = process.ParticipantIds.ToList();
        return await db.Participants.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.FullName, ct);
    }
}
