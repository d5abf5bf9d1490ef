namespace Ponte.Web.Features.Participants;

public static class ParticipantsApi
{
    public static RouteGroupBuilder MapParticipantsApi(this RouteGroupBuilder api)
    {
        return api;
    }
}
