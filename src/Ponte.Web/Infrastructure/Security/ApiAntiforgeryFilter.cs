using Microsoft.AspNetCore.Antiforgery;

namespace Ponte.Web.Infrastructure.Security;

/// <summary>
/// The API is called with the sign-in cookie, so every state-changing call must carry the
/// antiforgery token (header <c>RequestVerificationToken</c>), like every form does.
/// </summary>
public sealed class ApiAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)))
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        return await next(context);
    }
}
