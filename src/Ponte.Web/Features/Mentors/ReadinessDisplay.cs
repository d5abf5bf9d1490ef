using Microsoft.Extensions.Localization;
using Ponte.Domain.Participants;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentors;

/// <summary>How the readiness page and the API word a mentor's readiness (statuses: <see cref="MentorReadiness.StatusClass"/>).</summary>
public static class ReadinessDisplay
{
    /// <summary>The readiness timeline events shown on the readiness page, in the order they usually happen.</summary>
    public static readonly string[] Events =
        ["Accepted", "SafetyChecksPassed", "TrainingStarted", "ReadyToMatch", "SafetyChecksWithdrawn", "NoLongerReady", "Matched", "Withdrawn"];

    /// <summary>A gap in plain words, with the hours where hours are missing.</summary>
    public static string Describe(IStringLocalizer text, string gap, ReadinessSnapshot s) => gap switch
    {
        "TheoryHoursMissing" => text.Plural("Gap.TheoryHoursMissing", s.Programme.RequiredTheoryHours, MentorReadiness.Hours(s.Attended.Theory)),
        "PracticeHoursMissing" => text.Plural("Gap.PracticeHoursMissing", s.Programme.RequiredPracticeHours, MentorReadiness.Hours(s.Attended.Practice)),
        _ => text["Gap." + gap],
    };

    /// <summary>Whether the flag is one of the blueprint's characteristics (not none, not a group).</summary>
    public static bool IsSingleTrait(MentorCharacteristics flag) =>
        flag != MentorCharacteristics.None && System.Numerics.BitOperations.PopCount((uint)flag) == 1
        && ((MentorCharacteristics.Mandatory | MentorCharacteristics.Preferable) & flag) == flag;

    /// <summary>The single characteristics of a group (or of a mentor's recorded set), in the enum's order.</summary>
    public static IEnumerable<MentorCharacteristics> TraitsOf(MentorCharacteristics group) =>
        Enum.GetValues<MentorCharacteristics>().Where(f => IsSingleTrait(f) && (group & f) == f);
}
