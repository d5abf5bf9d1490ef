using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Infrastructure.Errors;

/// <summary>
/// The one error shape: domain and input errors become 400/404/409 ProblemDetails in the caller's
/// language. Under /api every exception is answered here (500 for the unexpected); a page is left
/// to the site's error page, which maps the exception with <see cref="Map"/> too.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizerFactory localizers,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // This runs outside the localization middleware, whose culture does not flow back out: word the refusal in the request's language again.
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }

        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        IStringLocalizer text = endpoint?.Metadata.GetMetadata<Features.Shared.ErrorTexts>() is { } own
            ? new FirstFoundLocalizer([.. own.Resources.Select(localizers.Create), shared])
            : shared;
        var problem = Map(exception, text, endpoint?.Metadata.GetMetadata<Features.Shared.RequestFields>());
        if (problem is null)
        {
            // Never the message: parsers put what was sent into it (a forged line, 100 KB of text).
            logger.LogError("Unhandled {ExceptionType} for {Method} {Endpoint}\n{StackTrace}",
                SafeException.Types(exception), context.Request.Method, context.GetEndpoint()?.DisplayName ?? "(no endpoint)", SafeException.StackTrace(exception));
        }
        else
        {
            logger.LogInformation("Request refused with {Status}: {Type}", problem.Status, exception.GetType().Name);
        }

        // The middleware has already pointed the request at the error page: the feature keeps where it came from.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        if (!new PathString(path).StartsWithSegments("/api"))
            return false;
        problem ??= new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = text["Error.Unexpected"] };
        if (context.Response.HasStarted)
            return true;
        context.Response.StatusCode = problem.Status!.Value;
        await ApiProblems.WriteAsync(context, problemDetails, problem, exception);
        return true;
    }

    public static ProblemDetails? Map(Exception exception, IStringLocalizer text, Features.Shared.RequestFields? fields = null) =>
        NamingTheRule(exception, MapException(exception, text, fields));

    private static ProblemDetails? MapException(Exception exception, IStringLocalizer text, Features.Shared.RequestFields? fields) => exception switch
    {
        DomainValidationErrors many => Validation(text, many.Errors.Select(v => (fields?.Names.GetValueOrDefault(v.Field) ?? JsonField(v.Field), ErrorText.For(text, v)))),
        DomainValidationException v => Validation(text, fields?.Names.GetValueOrDefault(v.Field) ?? JsonField(v.Field), ErrorText.For(text, v)),
        DomainException d => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = ErrorText.For(text, d),
            Type = "https://ponte.example/problems/" + d.Code,
            Extensions = { ["code"] = d.Code },
        },
        NotFoundException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = text["Error.NotFound"] },
        DbUpdateConcurrencyException => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = text["Error.Concurrency"] },
        AntiforgeryValidationException => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = text["Error.Antiforgery"] },
        RequestRefusedException r => new ProblemDetails { Status = r.Status, Title = text[r.MessageKey] },
        BadHttpRequestException { InnerException: JsonException j } => Validation(text, JsonPathField(j.Path), text["Error.Invalid"]),
        BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = StatusText(text, b.StatusCode) },
        _ => null,
    };

    /// <summary>A refusal by a hard rule (code <c>HardRule.{Rule}</c>) names the rule in <c>rule</c>, so a client can tell which without reading the words.</summary>
    private static ProblemDetails? NamingTheRule(Exception exception, ProblemDetails? problem)
    {
        const string HardRule = "HardRule.";
        if (problem is not null && exception is DomainException d && d.Code.StartsWith(HardRule, StringComparison.Ordinal))
            problem.Extensions["rule"] = d.Code[HardRule.Length..];
        return problem;
    }

    /// <summary>The message for a status without a more precise one.</summary>
    public static string StatusText(IStringLocalizer text, int status) => status switch
    {
        StatusCodes.Status401Unauthorized => text["Error.SignInRequired"],
        StatusCodes.Status403Forbidden => text["Error.Forbidden"],
        StatusCodes.Status404NotFound => text["Error.NotFound"],
        StatusCodes.Status405MethodNotAllowed => text["Error.MethodNotAllowed"],
        StatusCodes.Status413PayloadTooLarge => text["Error.TooLarge"],
        StatusCodes.Status415UnsupportedMediaType => text["Error.UnsupportedMediaType"],
        StatusCodes.Status429TooManyRequests => text["Error.TooManyRequests"],
        >= 400 and < 500 => text["Error.BadRequest"],
        _ => text["Error.Unexpected"],
    };

    /// <summary>"Ratings[HardSkills].Note" → "ratings[HardSkills].note", as JSON bodies spell them.</summary>
    public static string JsonField(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    /// <summary>"$.ratings[0].score" → "ratings[0].score"; the whole body is "body".</summary>
    public static string JsonPathField(string? path) =>
        path is null || path.Length <= 2 || !path.StartsWith("$.", StringComparison.Ordinal) ? "body" : path[2..];

    private static ValidationProblemDetails Validation(IStringLocalizer text, string field, string message) =>
        Validation(text, [(field, message)]);

    private static ValidationProblemDetails Validation(IStringLocalizer text, IEnumerable<(string Field, string Message)> errors) =>
        new(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = text["Error.Validation"],
        };
}

/// <summary>What may be logged of an exception: its types and where it was thrown, never its message.</summary>
public static class SafeException
{
    public static string Types(Exception exception)
    {
        var names = new List<string>();
        for (var e = exception; e is not null && names.Count < 8; e = e.InnerException)
            names.Add(e.GetType().FullName ?? e.GetType().Name);
        return string.Join(" <- ", names);
    }

    public static string StackTrace(Exception exception)
    {
        var traces = new List<string>();
        for (var e = exception; e is not null && traces.Count < 8; e = e.InnerException)
            traces.Add(e.StackTrace ?? string.Empty);
        var all = string.Join("\n--- inner ---\n", traces);
        return all.Length > 8000 ? all[..8000] : all;
    }
}

/// <summary>A request the site refuses before any feature sees it (too large, a NUL byte); <see cref="MessageKey"/> names its message.</summary>
public sealed class RequestRefusedException(int status, string messageKey) : Exception("Request refused: " + messageKey)
{
    public int Status { get; } = status;

    public string MessageKey { get; } = messageKey;
}

public static class ApiProblems
{
    /// <summary>Writes the problem as JSON whatever the client accepts (a browser asking for HTML gets JSON too under /api).</summary>
    public static async Task WriteAsync(HttpContext context, IProblemDetailsService service, ProblemDetails problem, Exception? exception = null)
    {
        if (await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception }))
            return;
        problem.Type ??= $"https://tools.ietf.org/html/rfc9110#section-15.{(problem.Status >= 500 ? 6 : 5)}";
        problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier);
        await context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: (JsonSerializerOptions?)null, contentType: "application/problem+json", context.RequestAborted);
    }
}
