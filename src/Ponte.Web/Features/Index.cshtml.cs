using Ponte.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ponte.Domain.Applications;
using Ponte.Domain.Demo;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Relationships;
using Ponte.Data;
using Ponte.Web.Infrastructure;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features;

/// <summary>The start page: a welcome (and the demo accounts) for visitors, each role's own home once signed in.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser me, IOptions<PonteOptions> options) : PontePageModel
{
    public bool DemoMode => options.Value.DemoData;

    public IReadOnlyList<DemoUser> DemoAccounts => DemoMode ? DemoAccountList.Value : [];

    public StaffHome? Staff { get; private set; }

    public IReadOnlyList<OrganisationSummary> Network { get; private set; } = [];

    public IReadOnlyList<MenteeLink> MyMentees { get; private set; } = [];

    public Guid? MyParticipantId => me.ParticipantId;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!me.IsAuthenticated)
            return;

        if (me.IsStaff)
        {
            var applications = await db.Applications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            var participants = await db.Participants.GroupBy(p => new { p.Role, p.Status }).Select(g => new { g.Key.Role, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
            Staff = new StaffHome(
                applications.Where(a => a.Key == ApplicationStatus.Submitted).Sum(a => a.Count),
                applications.Where(a => a.Key == ApplicationStatus.InterviewScheduled).Sum(a => a.Count),
                applications.Where(a => a.Key == ApplicationStatus.Interviewed).Sum(a => a.Count),
                participants.Where(p => p.Role == ParticipantRole.Mentee && p.Status == ParticipantStatus.Accepted).Sum(p => p.Count),
                participants.Where(p => p.Role == ParticipantRole.Mentee && p.Status == ParticipantStatus.ReadyToMatch).Sum(p => p.Count),
                participants.Where(p => p.Role == ParticipantRole.Mentor && p.Status is ParticipantStatus.Accepted or ParticipantStatus.InTraining).Sum(p => p.Count),
                participants.Where(p => p.Role == ParticipantRole.Mentor && p.Status == ParticipantStatus.ReadyToMatch).Sum(p => p.Count),
                participants.Where(p => p.Status == ParticipantStatus.Matched).Sum(p => p.Count));
        }
        else if (me.IsCoordinator)
        {
            // The coordinator sees counts across the network, never the people behind them.
            var acting = HttpContext.RequestServices.GetRequiredService<Acting>();
            using var system = acting.ForNetwork();
            var orgs = await db.Organisations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.CountryCode, o.City }).ToListAsync(ct);
            var counts = await db.Participants.GroupBy(p => new { p.OrganisationId, p.Role }).Select(g => new { g.Key.OrganisationId, g.Key.Role, Count = g.Count() }).ToListAsync(ct);
            var active = await db.Relationships.Where(r => r.Status == RelationshipStatus.Active).GroupBy(r => r.OrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            Network = orgs.Select(o => new OrganisationSummary(
                o.Name, o.CountryCode, o.City,
                counts.Where(c => c.OrganisationId == o.Id && c.Role == ParticipantRole.Mentor).Sum(c => c.Count),
                counts.Where(c => c.OrganisationId == o.Id && c.Role == ParticipantRole.Mentee).Sum(c => c.Count),
                active.Where(a => a.Key == o.Id).Sum(a => a.Count))).ToList();
        }
        else if (me.IsIn(Roles.Mentor) && me.ParticipantId is { } mentorId)
        {
            MyMentees = await (from r in db.Relationships
                               where r.MentorId == mentorId && r.Status == RelationshipStatus.Active
                               join p in db.Participants on r.MenteeId equals p.Id
                               orderby p.Profile.FullName
                               select new MenteeLink(p.Id, p.Profile.FullName)).ToListAsync(ct);
        }
    }

    private static readonly Lazy<IReadOnlyList<DemoUser>> DemoAccountList =
        new(() => DemoNetwork.Build(DateTimeOffset.UtcNow).Users);

    public sealed record StaffHome(int NewApplications, int InterviewsScheduled, int Interviewed, int MenteesToScreen, int MenteesWaiting, int MentorsInPreparation, int MentorsReady, int Matched);

    public sealed record OrganisationSummary(string Name, string Country, string City, int Mentors, int Mentees, int ActiveRelationships);

    public sealed record MenteeLink(Guid Id, string Name);
}
