using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Programmes;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Data;

namespace Ponte.Web.Features.Programmes;

/// <summary>Changes a programme's settings (those sent; the others stay) and opens or closes its applications, against the version she read.</summary>
public static class EditProgramme
{
    public sealed record Request(Guid ProgrammeId, Guid? Version, ProgrammeChanges Settings, bool? ApplicationsOpen = null, bool? ManagersReadPrivateNotes = null, int? NoMeetingAlertDays = null, int? SelfAssessmentIntervalWeeks = null);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<Programme> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == request.ProgrammeId, ct) ?? throw new NotFoundException();
            db.ExpectVersion(programme, request.Version);
            programme.Update(request.Settings.Over(programme.Settings));
            if (request.ApplicationsOpen is { } open)
            {
                if (open)
                    programme.OpenApplications();
                else
                    programme.CloseApplications();
            }

            if (request.ManagersReadPrivateNotes is { } share)
                programme.ShareMeetingPrivateNotesWithManagers(share);
            if (request.NoMeetingAlertDays is { } days)
                programme.SetNoMeetingAlertDays(days);
            if (request.SelfAssessmentIntervalWeeks is { } weeks)
                programme.SetSelfAssessmentIntervalWeeks(weeks);

            await db.SaveChangesAsync(ct);
            return programme;
        }
    }
}
