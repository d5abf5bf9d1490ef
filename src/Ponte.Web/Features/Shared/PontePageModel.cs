using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Shared;

public static class PageErrors
{
    /// <summary>
    /// Shows a refused operation next to the field it concerns (or above the form), in the
    /// user's language. Returns false for exceptions that are not the user's to fix.
    /// </summary>
    public static bool TryAdd(this ModelStateDictionary modelState, Exception exception, IStringLocalizer text, string prefix = "Input")
    {
        switch (exception)
        {
            case DomainValidationErrors many:
                foreach (var one in many.Errors)
                    modelState.TryAdd(one, text, prefix);
                return true;
            case DomainValidationException v:
                modelState.AddModelError(string.IsNullOrEmpty(prefix) ? v.Field : $"{prefix}.{v.Field}", ErrorText.For(text, v));
                return true;
            case DomainException d:
                modelState.AddModelError(string.Empty, ErrorText.For(text, d));
                return true;
            case DbUpdateConcurrencyException:
                modelState.AddModelError(string.Empty, text["Error.Concurrency"]);
                return true;
            default:
                return false;
        }
    }
}

/// <summary>One page of a list, with what a pager needs.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < Pages;

    public static async Task<Paged<T>> Of(IQueryable<T> query, int page, int pageSize = 25, CancellationToken ct = default)
    {
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<T>(items, page, pageSize, total);
    }
}

/// <summary>Base for pages: the shared localizer is at hand as <see cref="T"/>.</summary>
public abstract class PontePageModel : PageModel
{
    private IStringLocalizer<SharedResource>? _text;

    protected IStringLocalizer<SharedResource> T =>
        _text ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    protected void Flash(string message) => TempData["Flash"] = message;

    /// <summary>The page again with 429, a Retry-After of the wait in whole seconds and a message to wait.</summary>
    protected PageResult TooManyRequests(TimeSpan wait)
    {
        Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        ModelState.AddModelError(string.Empty, T["Error.TooManyRequests"]);
        return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
    }

    /// <summary>
    /// The list page asked for in the query. Not a handler parameter: Razor Pages reserve the
    /// route value "page" (the page's own path), which would shadow it.
    /// </summary>
    protected int PageNumber => int.TryParse(Request.Query["page"], out var n) && n > 0 ? n : 1;
}
