using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Mentoring;

namespace Ponte.Data;

/// <summary>Queries on the members of mentoring processes, which the model keeps in a private list.</summary>
public static class ProcessQueries
{
    /// <summary>The processes the participant takes part in, in any role.</summary>
    public static IQueryable<MentoringProcess> WithParticipant(this IQueryable<MentoringProcess> processes, Guid participantId) =>
        processes.Where(p => EF.Property<List<ProcessMember>>(p, "_members").Any(m => m.ParticipantId == participantId));

    /// <summary>The processes the participant takes part in in this role.</summary>
    public static IQueryable<MentoringProcess> WithParticipant(this IQueryable<MentoringProcess> processes, Guid participantId, ProcessRole role) =>
        processes.Where(p => EF.Property<List<ProcessMember>>(p, "_members").Any(m => m.ParticipantId == participantId && m.Role == role));

    /// <summary>The processes one of whose places belongs to this account.</summary>
    public static IQueryable<MentoringProcess> WithAccount(this IQueryable<MentoringProcess> processes, Guid userId) =>
        processes.Where(p => EF.Property<List<ProcessMember>>(p, "_members").Any(m => m.UserId == userId));
}
