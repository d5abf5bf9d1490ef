using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Infrastructure.Errors;

/// <summary>The one error shape: domain and input errors become 400/404/409 ProblemDetails in the caller's language.</summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<SharedResource> text,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception, text);
        if (problem is null)
            return false;
        logger.LogInformation("Request refused with {Status}: {Type}", problem.Status, exception.GetType().Name);
        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails? Map(Exception exception, IStringLocalizer text) => exception switch
    {
        DomainValidationException v => new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            [JsonField(v.Field)] = [ErrorText.For(text, v)],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = text["Error.Validation"],
        },
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
        BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = text["Error.BadRequest"] },
        _ => null,
    };

    /// <summary>"Ratings[HardSkills].Note" → "ratings[HardSkills].note", as JSON bodies spell them.</summary>
    public static string JsonField(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
