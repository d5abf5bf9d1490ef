using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Localization;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Infrastructure.Errors;

public static class ErrorHandling
{
    /// <summary>ProblemDetails, the exception handler, binding failures thrown (so they are answered with a message), safe checkboxes.</summary>
    public static IServiceCollection AddPonteErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // A body or parameter the API cannot read becomes a BadHttpRequestException the handler answers (with the JSON field).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new SafeBooleanBinderProvider()));
        return services;
    }

    /// <summary>
    /// Errors under /api are ProblemDetails JSON (also a bare 404/405/415); a page shows the
    /// site's error page with the status. The middleware's own exception log is replaced by the
    /// handler's, which leaves out the message.
    /// </summary>
    public static IApplicationBuilder UsePonteErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseWhen(IsApi, api => api.UseStatusCodePages(WriteStatusProblemAsync));
        app.UseWhen(ctx => !IsApi(ctx), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static Task WriteStatusProblemAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var code = context.Response.StatusCode;
        return ApiProblems.WriteAsync(context, context.RequestServices.GetRequiredService<IProblemDetailsService>(),
            new ProblemDetails { Status = code, Title = ProblemDetailsExceptionHandler.StatusText(text, code) });
    }
}

/// <summary>
/// A yes/no field that receives something else ("abc") is an invalid field, and the form shows
/// it again unticked: the framework's checkbox would otherwise fail to read the value back.
/// </summary>
public sealed class SafeBooleanBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var source = context.BindingInfo.BindingSource;
        if (context.Metadata.UnderlyingOrModelType != typeof(bool) || context.BindingInfo.BinderType is not null
            || source == BindingSource.Body || source == BindingSource.Services || source == BindingSource.Header)
            return null;
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new SafeBooleanBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggers));
    }

    private sealed class SafeBooleanBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet
                && bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry) && entry.Errors.Count > 0)
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: null, attemptedValue: null);
        }
    }
}
