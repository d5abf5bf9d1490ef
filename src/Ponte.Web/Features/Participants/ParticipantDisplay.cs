using System.Globalization;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Participants;

/// <summary>How participant data reads on pages: countries, statuses, timeline lines (times: <see cref="LocalTime"/>).</summary>
public static class ParticipantDisplay
{
    /// <summary>The events an application goes through before she becomes a participant; their statuses are application statuses.</summary>
    private static readonly HashSet<string> ApplicationEvents = ["Applied", "InterviewScheduled", "Interviewed", "Accepted", "WaitListed", "Declined"];

    /// <summary>
    /// A country's name in her language. .NET has no localized country names, but it names
    /// cultures in the UI language: "English (Ukraine)" → "Ukraine", "inglês (Ucrânia)" → "Ucrânia".
    /// </summary>
    public static string Country(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo("en-" + code).DisplayName;
            var open = name.IndexOf('(');
            var close = name.LastIndexOf(')');
            return open >= 0 && close > open + 1 ? name[(open + 1)..close] : new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    public static string BadgeClass(ParticipantStatus status) => status switch
    {
        ParticipantStatus.ReadyToMatch or ParticipantStatus.Matched => "badge ok",
        ParticipantStatus.InTraining => "badge warn",
        ParticipantStatus.Withdrawn => "badge bad",
        _ => "badge",
    };

    /// <summary>The event's name in her language; an event this page does not know yet shows its key.</summary>
    public static string Event(this IStringLocalizer<ParticipantsText> text, string @event)
    {
        var found = text["Event." + @event];
        return found.ResourceNotFound ? @event : found.Value;
    }

    /// <summary>A status on a timeline line: an application status before acceptance, a participant status after.</summary>
    public static string? Status(IStringLocalizer shared, StatusChange change, string? status)
    {
        if (string.IsNullOrEmpty(status))
            return null;
        if (ApplicationEvents.Contains(change.Event) && Enum.TryParse<ApplicationStatus>(status, out var a) && Enum.IsDefined(a))
            return shared.Enum(a);
        if (Enum.TryParse<ParticipantStatus>(status, out var p) && Enum.IsDefined(p))
            return shared.Enum(p);
        return status;
    }

    /// <summary>
    /// The detail of a timeline line. A target group change is shown in words to everyone who sees
    /// the timeline; other details (decision and withdrawal reasons) only to staff.
    /// </summary>
    public static string? Detail(IStringLocalizer shared, IStringLocalizer<ParticipantsText> text, StatusChange change, bool mayReadDetail)
    {
        if (string.IsNullOrEmpty(change.Detail))
            return null;
        if (change.Event == "TargetGroupSet")
        {
            var parts = change.Detail.Split(" → ");
            if (parts.All(p => Enum.TryParse<TargetGroup>(p, out var g) && Enum.IsDefined(g)))
            {
                var names = parts.Select(p => shared.Enum(Enum.Parse<TargetGroup>(p))).ToList();
                return names.Count == 2 ? text["Timeline.FromTo", names[0], names[1]] : string.Join(", ", names);
            }
        }

        return mayReadDetail ? change.Detail : null;
    }
}
