using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Infrastructure.Http;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Programmes;

[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(AppDbContext db, PublicUrl publicUrl) : PontePageModel
{
    public Programme Programme { get; private set; } = null!;

    public int Mentors { get; private set; }

    public int Mentees { get; private set; }

    public int OpenApplications { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null)
            return NotFound();
        Programme = programme;
        Mentors = await db.Participants.CountAsync(p => p.ProgrammeId == id && p.Role == ParticipantRole.Mentor && p.Status != ParticipantStatus.Withdrawn, ct);
        Mentees = await db.Participants.CountAsync(p => p.ProgrammeId == id && p.Role == ParticipantRole.Mentee && p.Status != ParticipantStatus.Withdrawn, ct);
        OpenApplications = await db.Applications.CountAsync(a => a.ProgrammeId == id && a.Status <= Domain.Applications.ApplicationStatus.Interviewed, ct);
        return Page();
    }

    public string FormUrl(ParticipantRole role) => $"{BaseUrl()}/apply/{Programme.PublicKey}/{role.ToString().ToLowerInvariant()}";

    public string QrUrl(ParticipantRole role) => $"/apply/{Programme.PublicKey}/{role.ToString().ToLowerInvariant()}/qr.png";

    private string BaseUrl() => publicUrl.Base;
}
