using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Participants;

/// <summary>
/// A participant's page: her profile, status and timeline, her mentor or mentees, and for a
/// mentee the screenings with their chart and progress. Who may open it: <see cref="ParticipantAccess"/>.
/// </summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser me) : PontePageModel
{
    public Participant Participant { get; private set; } = null!;

    public Programme Programme { get; private set; } = null!;

    public ParticipantAccess Access { get; private set; } = null!;

    public IReadOnlyList<RelatedPerson> Related { get; private set; } = [];

    public ScreeningSection? Screenings { get; private set; }

    public TargetGroupForm? TargetGroupForm { get; private set; }

    /// <summary>Completed and withdrawn participants are read, not screened or regrouped.</summary>
    private bool Active => Participant.Status is not (ParticipantStatus.Completed or ParticipantStatus.Withdrawn);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Access = new ParticipantAccess(db, me);
        Participant = await Access.GetAsync(id, ct);
        Programme = await db.Programmes.FirstAsync(p => p.Id == Participant.ProgrammeId, ct);

        var relationships = await db.Relationships
            .Where(r => r.Status == RelationshipStatus.Active && (r.MentorId == id || r.MenteeId == id))
            .OrderBy(r => r.StartedAt)
            .ToListAsync(ct);
        var otherIds = relationships.Select(r => r.MentorId == id ? r.MenteeId : r.MentorId).ToList();
        var others = await db.Participants.Where(p => otherIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Profile.FullName, p.Role }).ToListAsync(ct);
        var visible = await Access.Visible().Where(p => otherIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        Related = relationships
            .Select(r => (Relationship: r, Other: others.FirstOrDefault(o => o.Id == (r.MentorId == id ? r.MenteeId : r.MentorId))))
            .Where(x => x.Other is not null)
            .Select(x => new RelatedPerson(x.Other!.Id, x.Other.FullName, x.Other.Role, x.Relationship.StartedAt, visible.Contains(x.Other.Id)))
            .ToList();

        if (Participant.Role == ParticipantRole.Mentee)
        {
            var assessments = await db.Assessments.Where(a => a.ParticipantId == id).ToListAsync(ct);
            var views = ScreeningViews.Views(assessments, Participant, Access, await db.UserNamesAsync(assessments.Select(a => a.AssessedById), ct));
            Screenings = new ScreeningSection(
                Participant.Id,
                views,
                ScreeningViews.Progress(views),
                views.Count == 0 ? null : ScreeningChart.Build(views, Cultures.IsRightToLeft(CultureInfo.CurrentUICulture)),
                Access.MayRecordScreening(Participant) && Active,
                Access.MayReadSensitive(Participant),
                Access.IsSelf(Participant),
                await SelfAssessmentTrends.ReadAsync(db, Access, id, ct));
            if (Access.MaySetTargetGroup(Participant) && Active)
                TargetGroupForm = TargetGroupForm.For(Participant, Programme, views);
        }

        return Page();
    }

    public sealed record RelatedPerson(Guid Id, string Name, ParticipantRole Role, DateTimeOffset Since, bool Linked);
}
