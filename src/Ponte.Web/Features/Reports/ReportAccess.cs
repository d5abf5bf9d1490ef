using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Data.Outcomes;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Reports;

/// <summary>
/// Whose figures the caller may read: a manager her organisation's or one of its programmes', the
/// network coordinator the network's (numbers only: no report, dashboard or export of hers names a
/// person). Anyone else is refused (403); another organisation's programme looks like nothing (404).
/// </summary>
public sealed class ReportAccess(AppDbContext db, CurrentUser me)
{
    public bool IsCoordinator => me.IsCoordinator;

    public bool IsManager => me.IsManager && me.OrganisationId is not null;

    /// <summary>Only a manager sees the people behind her organisation's figures.</summary>
    public bool MaySeePeople => IsManager;

    public async Task<ReportSelection> SelectAsync(Guid? programmeId, CancellationToken ct)
    {
        if (IsManager)
        {
            var organisationId = me.OrganisationId!.Value;
            if (programmeId is not { } id)
                return ReportSelection.Organisation(organisationId);
            return await db.Programmes.AnyAsync(p => p.Id == id && p.OrganisationId == organisationId, ct)
                ? ReportSelection.Programme(organisationId, id)
                : throw new NotFoundException();
        }

        if (IsCoordinator)
            return programmeId is null ? ReportSelection.Network : throw new NotFoundException();
        throw new RequestRefusedException(StatusCodes.Status403Forbidden, "Error.Forbidden");
    }
}
