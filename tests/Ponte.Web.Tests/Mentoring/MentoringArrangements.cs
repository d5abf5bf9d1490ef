using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Matching;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>A mentor or mentee with her own account, as the invitation after acceptance gives her one.</summary>
public sealed record Person(Guid Id, string Email, string Name);

/// <summary>Pairs and groups approved on the real match board, over HTTP, for the mentoring tests.</summary>
public static class MentoringArrangements
{
    public const string Password = "Mentoring-2026-test";

    public static readonly LanguageSkill[] Ukrainian = [new("uk", LanguageLevel.Native), new("pt", LanguageLevel.Fluent)];

    /// <summary>A programme of the Portuguese organisation; a group programme takes <paramref name="groupSize"/> mentees per mentor.</summary>
    public static Task<Guid> MentoringProgrammeAsync(this PonteFactory factory, int groupSize = 1) =>
        factory.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.CountryCode == "PT");
            var settings = ProgrammeTemplates.Defaults(ProgrammeTemplate.Custom) with
            {
                Name = $"Mentoring {Guid.NewGuid():N}"[..24],
                MentoringType = groupSize > 1 ? MentoringType.Group : MentoringType.OneToOne,
                GroupSize = groupSize,
                RequiredTheoryHours = 0,
                RequiredPracticeHours = 0,
            };
            var programme = Programme.Create(org.Id, ProgrammeTemplate.Custom, settings);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });

    public static async Task<Person> MentorWithAccountAsync(this PonteFactory factory, Guid programme, string name, string reads = "en")
    {
        var id = await factory.MatchingMentorAsync(programme, name, Gender.Woman, Ukrainian, ready: true, reads: reads);
        return await factory.AccountAsync(id, Roles.Mentor);
    }

    public static async Task<Person> MenteeWithAccountAsync(this PonteFactory factory, Guid programme, string name, string reads = "en")
    {
        var id = await factory.MatchingMenteeAsync(programme, name, [new("uk", LanguageLevel.Native)], reads: reads);
        return await factory.AccountAsync(id, Roles.Mentee);
    }

    /// <summary>Gives the participant a sign-in account (her profile's email, <see cref="Password"/>) linked to her.</summary>
    public static async Task<Person> AccountAsync(this PonteFactory factory, Guid participantId, string role)
    {
        using var scope = factory.Services.CreateScope();
        using var system = scope.ServiceProvider.GetRequiredService<Acting>().ForNetwork();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
        var user = new ApplicationUser
        {
            UserName = participant.Profile.Email,
            Email = participant.Profile.Email,
            EmailConfirmed = true,
            DisplayName = participant.Profile.FullName,
            OrganisationId = participant.OrganisationId,
            ParticipantId = participant.Id,
            PreferredCulture = participant.Profile.PreferredLanguage,
            CreatedAt = factory.Clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role);
        participant.LinkUser(user.Id);
        await db.SaveChangesAsync();
        return new Person(participant.Id, participant.Profile.Email, participant.Profile.FullName);
    }

    public static Task<Visitor> SignedInAsync(this PonteFactory factory, Person person) => factory.SignedInAsync(person.Email, Password);

    /// <summary>Runs the board of the programme and approves the proposal of this mentee, over the API.</summary>
    public static async Task ApproveAsync(this Visitor manager, Guid programme, Guid menteeId)
    {
        var response = await manager.PostJsonAsync($"/api/programmes/{programme}/matching-runs", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        var proposal = run.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("menteeId").GetGuid() == menteeId);
        var approved = await manager.PostJsonAsync(
            $"/api/matching-runs/{run.GetProperty("id").GetGuid()}/proposals/{proposal.GetProperty("id").GetGuid()}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    /// <summary>The only process the visitor sees in the programme.</summary>
    public static async Task<JsonElement> OnlyProcessAsync(this Visitor visitor, Guid programme)
    {
        var list = await visitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes?programmeId={programme}");
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        return await visitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{row.GetProperty("id").GetGuid()}");
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>
    /// The programme's agreement written in English, the process's agreement drafted, and every
    /// party's acceptance over the API: the process is active. Returns its id.
    /// </summary>
    public static async Task<Guid> ActivateAsync(this PonteFactory factory, Visitor manager, Guid programme, params Person[] participants)
    {
        var template = await manager.PutJsonAsync($"/api/programmes/{programme}/agreement-templates/en", Sections());
        Assert.True(template.IsSuccessStatusCode, await template.Content.ReadAsStringAsync());
        var id = (await manager.OnlyProcessAsync(programme)).GetProperty("id").GetGuid();
        await (await manager.PostJsonAsync($"/api/processes/{id}/agreement",
            new { language = "en", goals = "Find work in care; reach A2 in Portuguese.", meetingRhythm = "Fortnightly", durationMonths = 6 })).JsonAsync(HttpStatusCode.OK);
        foreach (var person in participants)
        {
            var visitor = await factory.SignedInAsync(person);
            var process = await visitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}");
            var role = process.GetProperty("myRole").GetString() == "Mentee" ? "Mentee" : process.GetProperty("myRole").GetString();
            await (await visitor.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role })).JsonAsync(HttpStatusCode.OK);
        }

        var active = await (await manager.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Organisation" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", active.GetProperty("status").GetString());
        return id;
    }

    /// <summary>A check-in asked of this participant now, as the check-ins job asks it (its timing has its own tests).</summary>
    public static Task<Guid> AskCheckInAsync(this PonteFactory factory, Guid processId, Guid participantId, CheckInKind kind = CheckInKind.Periodic, int round = 1) =>
        factory.WithDbAsync(async db =>
        {
            var process = await db.MentoringProcesses.SingleAsync(p => p.Id == processId);
            var asked = CheckIn.Ask(process, participantId, kind, round, factory.Clock.GetUtcNow());
            db.CheckIns.Add(asked);
            await db.SaveChangesAsync();
            return asked.Id;
        });

    public static object Sections(string goals = "Each pair works towards the mentee's own goals.") => new
    {
        goals,
        meetingRhythm = "Meet at the rhythm agreed below, in person or online.",
        duration = "The process lasts the months written below.",
        roles = "The mentor listens and guides; the mentee leads her goals; the organisation supports both.",
        confidentiality = "What we say stays between us, unless someone is at risk.",
        endingEarly = "Either of us may end early by telling the programme team.",
    };
}
