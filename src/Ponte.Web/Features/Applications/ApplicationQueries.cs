using Ponte.Domain.Applications;
using Ponte.Domain.Profiles;


namespace Ponte.Web.Features.Applications;

/// <summary>The inbox filters, shared by the page and the API.</summary>
public sealed record InboxFilter(Guid? ProgrammeId, ParticipantRole? Role, ApplicationStatus? Status, string? Search)
{
    public const int SearchMax = 200;

    public IQueryable<Application> Apply(IQueryable<Application> query, bool withStatus = true)
    {
        if (ProgrammeId is { } programme)
            query = query.Where(a => a.ProgrammeId == programme);
        if (Role is { } role)
            query = query.Where(a => a.Role == role);
        if (withStatus && Status is { } status)
            query = query.Where(a => a.Status == status);
        if (Search?.Trim() is { Length: > 0 } q)
        {
            // Lower-cased on both sides: the same case-insensitive match on SQLite and PostgreSQL.
            var needle = q.ToLowerInvariant();
            query = query.Where(a => a.Profile.FullName.ToLower().Contains(needle) || a.Profile.Email.ToLower().Contains(needle));
        }

        return query;
    }

    public static ParticipantRole? ParseRole(string? value) => Forms.ParseEnum<ParticipantRole>(value);

    public static ApplicationStatus? ParseStatus(string? value) => Forms.ParseEnum<ApplicationStatus>(value);
}

/// <summary>One line of the inbox.</summary>
public sealed record InboxRow(
    Guid Id,
    Guid ProgrammeId,
    ParticipantRole Role,
    ApplicationStatus Status,
    string FullName,
    string Email,
    string? Phone,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? InterviewAt,
    Guid Version)
{
    public ApplicantKeys Keys => new(Id, FullName, Email, Phone);
}

public static class InboxQuery
{
    /// <summary>Newest first; projected so that the list never loads profiles or histories.</summary>
    public static IQueryable<InboxRow> Rows(IQueryable<Application> applications) =>
        applications
            .OrderByDescending(a => a.ConsentGivenAt).ThenBy(a => a.Id)
            .Select(a => new InboxRow(a.Id, a.ProgrammeId, a.Role, a.Status, a.Profile.FullName, a.Profile.Email, a.Profile.Phone, a.ConsentGivenAt, a.InterviewAt, a.Version));
}
