using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Demo;

namespace Ponte.Web.Infrastructure.Persistence;

/// <summary>Loads the demo network into an empty database (demo mode only).</summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct))
            return;

        var now = clock.GetUtcNow();
        var data = DemoNetwork.Build(now);
        db.Organisations.AddRange(data.Organisations);
        db.Programmes.AddRange(data.Programmes);
        db.Applications.AddRange(data.Applications);
        db.Participants.AddRange(data.Participants);
        db.Assessments.AddRange(data.Assessments);
        db.TrainingSessions.AddRange(data.TrainingSessions);
        db.Relationships.AddRange(data.Relationships);
        db.MatchingRuns.AddRange(data.MatchingRuns);
        db.AgreementTemplates.AddRange(data.AgreementTemplates);
        db.MentoringProcesses.AddRange(data.Processes);
        db.SupportPlans.AddRange(data.SupportPlans);
        db.Meetings.AddRange(data.Meetings);
        db.ProgrammeEvents.AddRange(data.ProgrammeEvents);
        db.NetworkEvents.AddRange(data.NetworkEvents);
        db.NetworkEventRegistrations.AddRange(data.NetworkEventRegistrations);
        db.CheckIns.AddRange(data.CheckIns);
        db.Concerns.AddRange(data.Concerns);
        db.IndividualEvaluations.AddRange(data.IndividualEvaluations);
        db.JointEvaluations.AddRange(data.JointEvaluations);
        db.Renewals.AddRange(data.Renewals);
        await db.SaveChangesAsync(ct);

        // Hashing is deliberately slow; every demo account shares one password, so hash it once.
        var hash = users.PasswordHasher.HashPassword(new ApplicationUser(), DemoNetwork.Password);
        foreach (var demo in data.Users)
        {
            var user = new ApplicationUser
            {
                // The id the demo's records were stamped with, so their timelines name her.
                Id = demo.Id,
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                OrganisationId = demo.OrganisationId,
                ParticipantId = demo.ParticipantId,
                PreferredCulture = demo.Culture,
                CreatedAt = now,
                PasswordHash = hash,
            };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo user {demo.Email}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
            await users.AddToRoleAsync(user, demo.Role);
            if (demo.ParticipantId is { } participantId)
            {
                var participant = await db.Participants.SingleAsync(p => p.Id == participantId, ct);
                participant.LinkUser(user.Id);
            }
        }

        // The other people in processes were given accounts when accepted (as the site does): invited, no password yet.
        var demoIds = data.Users.Select(u => u.Id).ToHashSet();
        foreach (var participant in data.Participants.Where(p => p.UserId is { } id && !demoIds.Contains(id)))
        {
            var invited = new ApplicationUser
            {
                Id = participant.UserId!.Value,
                UserName = participant.Profile.Email,
                Email = participant.Profile.Email,
                EmailConfirmed = true,
                DisplayName = participant.Profile.FullName,
                OrganisationId = participant.OrganisationId,
                ParticipantId = participant.Id,
                PreferredCulture = participant.Profile.PreferredLanguage,
                CreatedAt = now,
            };
            var created = await users.CreateAsync(invited);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo participant account: {string.Join(", ", created.Errors.Select(e => e.Code))}");
            await users.AddToRoleAsync(invited, participant.Role == Ponte.Domain.Profiles.ParticipantRole.Mentor ? Ponte.Domain.Common.Roles.Mentor : Ponte.Domain.Common.Roles.Mentee);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Loaded the demo network: {Organisations} organisations, {Participants} participants, {Users} accounts",
            data.Organisations.Count, data.Participants.Count, data.Users.Count);
    }
}
