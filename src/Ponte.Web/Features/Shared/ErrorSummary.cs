using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Ponte.Web.Features.Shared;

/// <summary>One line of a form's error summary: the message, named by its field and linking to it.</summary>
public sealed record ErrorSummaryLine(string? Href, string Text);

public static class ErrorSummary
{
    /// <summary>ViewData key of an optional map: field key → label, in the order the form shows the fields.</summary>
    public const string LabelsKey = "FieldLabels";

    /// <summary>The errors in form order (errors of the whole form first); ids follow the tag helpers ("Input.X" → "Input_X").</summary>
    public static IReadOnlyList<ErrorSummaryLine> Lines(ModelStateDictionary state, ViewDataDictionary viewData, IStringLocalizer text)
    {
        var labels = viewData[LabelsKey] as IReadOnlyDictionary<string, string> ?? new Dictionary<string, string>();
        var order = labels.Keys.Select((key, i) => (key, i)).ToDictionary(x => x.key, x => x.i);
        return state.Where(kv => kv.Value is { Errors.Count: > 0 })
            .OrderBy(kv => kv.Key.Length == 0 ? -1 : order.GetValueOrDefault(kv.Key, int.MaxValue))
            .SelectMany(kv => kv.Value!.Errors.Select(e => Line(kv.Key, e.ErrorMessage, labels, text)))
            .ToList();
    }

    private static ErrorSummaryLine Line(string key, string message, IReadOnlyDictionary<string, string> labels, IStringLocalizer text)
    {
        if (key.Length == 0)
            return new ErrorSummaryLine(null, message);
        var line = labels.TryGetValue(key, out var label) ? text["Common.ErrorFor", label.TrimEnd('?', '؟', ':', ' '), message].Value : message;
        return new ErrorSummaryLine("#" + TagBuilder.CreateSanitizedId(key, "_"), line);
    }
}
