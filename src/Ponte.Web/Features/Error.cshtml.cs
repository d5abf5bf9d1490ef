using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features;

/// <summary>Every error a page can end in: a status code page, or an exception mapped to its status.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PontePageModel
{
    public int Status { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public void OnGet([FromQuery] int? code) => Show(code);

    // The form of a refused request is not read again: only the status in the query.
    public void OnPost([FromQuery] int? code) => Show(code);

    private void Show(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var mapped = exception is null ? null : ProblemDetailsExceptionHandler.Map(exception, T);
        Status = mapped?.Status ?? code ?? (exception is null ? 404 : 500);
        Message = mapped?.Title ?? ProblemDetailsExceptionHandler.StatusText(T, Status);
        if (exception is not null || code is null)
            Response.StatusCode = Status;
    }
}
