using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Public;

/// <summary>The programme behind a public form link, found across organisations (the visitor is anonymous).</summary>
public sealed record PublicProgramme(Programme Programme, string OrganisationName, ParticipantRole Role)
{
    public string RoleSegment => Role == ParticipantRole.Mentor ? "mentor" : "mentee";

    public string FormPath => ApplicationForm.Path(Programme.PublicKey, Role);

    /// <summary>Finds the programme of a form link; null when the key or the role is unknown.</summary>
    public static async Task<PublicProgramme?> FindAsync(AppDbContext db, Acting acting, string? publicKey, string? role, CancellationToken ct)
    {
        var parsedRole = ApplicationForm.ParseRole(role);
        if (parsedRole is null || string.IsNullOrEmpty(publicKey) || publicKey.Length > 32)
            return null;

        // The one place where an anonymous visitor reads a programme: by its unguessable key only.
        using var system = acting.ForNetwork();
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.PublicKey == publicKey, ct);
        if (programme is null)
            return null;
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == programme.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        return new PublicProgramme(programme, organisation, parsedRole.Value);
    }
}

public static class ApplicationForm
{
    public static ParticipantRole? ParseRole(string? role) => role?.ToLowerInvariant() switch
    {
        "mentee" => ParticipantRole.Mentee,
        "mentor" => ParticipantRole.Mentor,
        _ => null,
    };

    /// <summary>The public form's path: /apply/{publicKey}/{mentee|mentor}.</summary>
    public static string Path(string publicKey, ParticipantRole role) =>
        $"/apply/{Uri.EscapeDataString(publicKey)}/{(role == ParticipantRole.Mentor ? "mentor" : "mentee")}";
}
