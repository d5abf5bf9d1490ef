using Ponte.Domain.Common;
using Ponte.Domain.Programmes;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Programmes;

/// <summary>
/// Creates a programme of the manager's organisation from a template: what she leaves out comes
/// from the template's defaults. Applications are open unless she closes them.
/// </summary>
public static class CreateProgramme
{
    public sealed record Request(ProgrammeTemplate Template, ProgrammeChanges Settings, bool? ApplicationsOpen = null);

    public sealed class Handler(HandlerContext context, CurrentUser me) : IHandler
    {
        public async Task<Programme> HandleAsync(Request request, CancellationToken ct)
        {
            if (!Enum.IsDefined(request.Template))
                throw new DomainValidationException("Template", "Invalid", "Choose one of the templates.");
            var organisationId = me.OrganisationId ?? throw new DomainException("NoOrganisation", "Only an organisation's manager can create programmes.");
            var programme = Programme.Create(organisationId, request.Template, request.Settings.Over(ProgrammeTemplates.Defaults(request.Template)));
            if (request.ApplicationsOpen == false)
                programme.CloseApplications();
            context.Db.Programmes.Add(programme);
            await context.Db.SaveChangesAsync(ct);
            return programme;
        }
    }
}
