namespace Ponte.Web.Features.Mentors;

public static class MentorsApi
{
    public static RouteGroupBuilder MapMentorsApi(this RouteGroupBuilder api)
    {
        return api;
    }
}
