using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Who may open which mentoring process: the one place pages and API ask. A manager sees every
/// process of her organisation; a mentor, co-mentor or mentee sees the processes she takes part
/// in; everyone else (trainers, the coordinator) sees none. A process not visible looks like one
/// that does not exist (404).
/// </summary>
public sealed class ProcessAccess(AppDbContext db, CurrentUser me)
{
    public bool IsManager => me.IsManager && me.OrganisationId is not null;

    /// <summary>A participant asking for a manager's step: she may see the process, not do this (403).</summary>
    public static RequestRefusedException ManagersOnly() => new(StatusCodes.Status403Forbidden, "Error.Forbidden");

    public IQueryable<MentoringProcess> Visible()
    {
        if (IsManager)
            return db.MentoringProcesses.Where(p => p.OrganisationId == me.OrganisationId);
        if (me.UserId is { } userId && (me.IsIn(Roles.Mentor) || me.IsIn(Roles.Mentee)))
        {
            var self = me.ParticipantId ?? Guid.Empty;
            return db.MentoringProcesses.Where(p => p.OrganisationId == me.OrganisationId
                && EF.Property<List<ProcessMember>>(p, "_members").Any(m => m.UserId == userId || m.ParticipantId == self));
        }

        return db.MentoringProcesses.Where(p => false);
    }

    /// <summary>The process, if the caller may open it; otherwise <see cref="NotFoundException"/>.</summary>
    public async Task<MentoringProcess> GetAsync(Guid id, CancellationToken ct = default) =>
        (await Visible().FirstOrDefaultAsync(p => p.Id == id, ct)).OrNotFound();

    /// <summary>The caller's own place in the process, if she has one.</summary>
    public ProcessMember? Me(MentoringProcess process) =>
        process.Members.FirstOrDefault(m => (me.UserId is { } u && m.UserId == u) || (me.ParticipantId is { } p && m.ParticipantId == p));

    /// <summary>
    /// The caller's place with her account linked: a participant who received her account after
    /// the process started is linked on her first action in it.
    /// </summary>
    public ProcessMember? MeLinked(MentoringProcess process)
    {
        var member = Me(process);
        if (member is { UserId: null } && me.UserId is { } userId)
            process.LinkUser(member.ParticipantId, userId);
        return member;
    }
}
