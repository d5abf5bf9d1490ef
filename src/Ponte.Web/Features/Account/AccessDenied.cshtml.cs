namespace Ponte.Web.Features.Account;

public sealed class AccessDeniedModel : PontePageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
