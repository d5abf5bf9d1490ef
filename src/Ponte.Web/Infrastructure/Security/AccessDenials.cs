using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Ponte.Web.Infrastructure.Security;

/// <summary>
/// One structured security event per refused access: a role without the right (403), or an id that
/// is not the caller's to see (404 for a request that names a record). It carries the user id, the
/// client address, the outcome and the route's template; never the path's values or anything typed.
/// </summary>
public sealed class AccessDenials(SecurityEvents events)
{
    public static readonly EventId Denied = SecurityEvents.Ids.AccessDenied;
    private const string LoggedKey = "ponte.access-denial-logged";

    public void Log(HttpContext context, string outcome)
    {
        if (context.Items.ContainsKey(LoggedKey))
            return;
        context.Items[LoggedKey] = true;
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        events.AccessDenied(
            Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            context.Connection.RemoteIpAddress?.ToString(), outcome, route);
    }
}

public static class AccessDenialEvents
{
    /// <summary>After the endpoint: a 403, or a 404 for a signed-in person whose request named a record by its id.</summary>
    public static IApplicationBuilder UsePonteAccessDenialEvents(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Ponte.Web.Infrastructure.Errors.NotFoundException) when (context.User.Identity?.IsAuthenticated == true)
        {
            context.RequestServices.GetRequiredService<AccessDenials>().Log(context, "not-found");
            throw;
        }

        var status = context.Response.StatusCode;
        if (status == StatusCodes.Status403Forbidden
            || (status == StatusCodes.Status404NotFound && context.User.Identity?.IsAuthenticated == true && NamesARecord(context)))
            context.RequestServices.GetRequiredService<AccessDenials>().Log(context, status == 403 ? "forbidden" : "not-found");
    });

    /// <summary>
    /// An id in the route, the query or a posted form (a page handler's <c>userId</c>). The form is
    /// looked at only when the endpoint already read it: a body is never read here.
    /// </summary>
    private static bool NamesARecord(HttpContext context) =>
        context.Request.RouteValues.Keys.Any(IsId)
        || context.Request.Query.Keys.Any(IsId)
        || (context.Request.HasFormContentType && context.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is { } form && form.Keys.Any(IsId));

    private static bool IsId(string key) => key.EndsWith("id", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Logs a policy's refusal (which pages answer with a redirect to the access-denied page), then refuses as usual.</summary>
public sealed class LoggingAuthorizationResultHandler(AccessDenials denials) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
            denials.Log(context, "forbidden");
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
