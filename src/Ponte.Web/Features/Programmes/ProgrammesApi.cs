namespace Ponte.Web.Features.Programmes;

public static class ProgrammesApi
{
    public static RouteGroupBuilder MapProgrammesApi(this RouteGroupBuilder api)
    {
        return api;
    }
}
