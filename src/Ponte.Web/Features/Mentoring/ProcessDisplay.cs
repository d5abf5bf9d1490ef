using Microsoft.Extensions.Localization;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>How the mentoring pages show a process's state and its timeline's lines.</summary>
public static class ProcessDisplay
{
    public static string BadgeClass(ProcessStatus status) => status switch
    {
        ProcessStatus.Active => "badge ok",
        ProcessStatus.Agreed or ProcessStatus.Paused => "badge warn",
        _ => "badge",
    };

    /// <summary>The event's name in her language; an event this page does not know yet shows its key.</summary>
    public static string Event(this IStringLocalizer<MentoringText> text, string @event) =>
        text["Event." + @event] is { ResourceNotFound: false } name ? name : @event;

    /// <summary>As <see cref="Event(IStringLocalizer{MentoringText}, string)"/>, with the closing texts' events too.</summary>
    public static string Event(this IStringLocalizer<MentoringText> text, IStringLocalizer<ClosingText> closing, string @event) =>
        closing["Event." + @event] is { ResourceNotFound: false } name ? name : text.Event(@event);
}
