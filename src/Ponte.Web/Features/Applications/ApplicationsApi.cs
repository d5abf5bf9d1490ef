namespace Ponte.Web.Features.Applications;

public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder api)
    {
        return api;
    }
}
