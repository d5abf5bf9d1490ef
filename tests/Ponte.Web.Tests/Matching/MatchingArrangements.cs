using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Screening;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentors;

namespace Ponte.Web.Tests.Matching;

/// <summary>
/// A programme arranged for the match board: a woman and a man mentor who speak Ukrainian, a
/// mentor not yet ready, a mentee who asked for a woman mentor, one without conditions, and one
/// who speaks only Arabic.
/// </summary>
public sealed record MatchingWorld(Guid Programme, Guid Ana, Guid Bruno, Guid Carla, Guid Olena, Guid Iryna, Guid Farah, string OlenaEmail, string AnaEmail);

public static class MatchingArrangements
{
    /// <summary>The world of the board's tests; Olena and Ana read Ponte in the languages given.</summary>
    public static async Task<MatchingWorld> MatchingWorldAsync(this PonteFactory factory, string olenaReads = "en", string anaReads = "en")
    {
        var programme = await factory.ProgrammeAsync("PT", 0, 0, $"Matching {Guid.NewGuid():N}"[..24]);
        var ukrainian = new LanguageSkill[] { new("uk", LanguageLevel.Fluent), new("pt", LanguageLevel.Native) };
        var ana = await factory.MatchingMentorAsync(programme, "Ana Costa", Gender.Woman, ukrainian, ready: true, reads: anaReads);
        var bruno = await factory.MatchingMentorAsync(programme, "Bruno Lopes", Gender.Man, ukrainian, ready: true, municipality: "Amadora");
        var carla = await factory.MatchingMentorAsync(programme, "Carla Reis", Gender.Woman, ukrainian, ready: false);
        var olena = await factory.MatchingMenteeAsync(programme, "Olena Kovalenko", [new("uk", LanguageLevel.Native)], womanOnly: true, reads: olenaReads);
        var iryna = await factory.MatchingMenteeAsync(programme, "Iryna Bondar", [new("uk", LanguageLevel.Native)]);
        var farah = await factory.MatchingMenteeAsync(programme, "Farah Nasser", [new("ar", LanguageLevel.Native)]);
        var emails = await factory.WithDbAsync(db => db.Participants.Where(p => p.Id == olena || p.Id == ana).ToDictionaryAsync(p => p.Id, p => p.Profile.Email));
        return new MatchingWorld(programme, ana, bruno, carla, olena, iryna, farah, emails[olena], emails[ana]);
    }

    public static async Task<Guid> MatchingMentorAsync(
        this PonteFactory factory, Guid programme, string name, Gender gender, LanguageSkill[] languages, bool ready, string municipality = "Lisboa", string reads = "en")
    {
        var id = ready
            ? await factory.ReadyMentorAsync(programme, name)
            : await factory.AcceptedAsync(programme, ParticipantRole.Mentor, name);
        await factory.WithDbAsync(async db =>
        {
            var mentor = await db.Participants.SingleAsync(p => p.Id == id);
            mentor.UpdateProfile(NewProfile(name, gender, languages, MatchingPreferences.None, municipality, reads));
            await db.SaveChangesAsync();
            return 0;
        });
        return id;
    }

    /// <summary>A mentee screened into light support: ready to match.</summary>
    public static async Task<Guid> MatchingMenteeAsync(
        this PonteFactory factory, Guid programme, string name, LanguageSkill[] languages, bool womanOnly = false, string reads = "en")
    {
        var id = await factory.AcceptedAsync(programme, ParticipantRole.Mentee, name);
        await factory.WithDbAsync(async db =>
        {
            var mentee = await db.Participants.SingleAsync(p => p.Id == id);
            var prog = await db.Programmes.SingleAsync(p => p.Id == programme);
            mentee.UpdateProfile(NewProfile(name, Gender.Woman, languages, new MatchingPreferences(womanOnly, false, false), reads: reads));
            var now = factory.Clock.GetUtcNow();
            var screening = Assessment.Record(mentee, AssessmentMode.WithStaff, Indicators.All.Select(i => (i, 3, (string?)null)), ReadinessArrangements.Staff, now);
            db.Assessments.Add(screening);
            mentee.SetTargetGroup(TargetGroup.LightSupport, screening, prog, ReadinessArrangements.Staff, now);
            await db.SaveChangesAsync();
            return 0;
        });
        return id;
    }

    private static Profile NewProfile(
        string name, Gender gender, LanguageSkill[] languages, MatchingPreferences preferences, string municipality = "Lisboa", string reads = "en") => Profile.Create(
        name, $"{Guid.NewGuid():N}@example.org", null, reads, gender, "UA", municipality, "1100-001", languages,
        WeeklyAvailability.Of([(DayOfWeek.Tuesday, DayPart.Evening), (DayOfWeek.Thursday, DayPart.Evening)]),
        ["reading", "cooking"], SupportAreas.JobSearch, preferences, null);
}
