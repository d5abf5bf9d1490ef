using Microsoft.AspNetCore.Antiforgery;
using Ponte.Web.Features.Applications;
using Ponte.Web.Features.Matching;
using Ponte.Web.Features.Mentoring;
using Ponte.Web.Features.Mentors;
using Ponte.Web.Features.Organisations;
using Ponte.Web.Features.Participants;
using Ponte.Web.Features.Programmes;
using Ponte.Web.Features.Training;
using Ponte.Web.Infrastructure.Http;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features;

public static class ApiRoutes
{
    /// <summary>
    /// The JSON API under /api: every call needs a signed-in person (401 otherwise), and every
    /// state-changing call the antiforgery token in the <c>RequestVerificationToken</c> header.
    /// </summary>
    public static void MapPonteApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .RequireAuthorization()
            .AddEndpointFilter<ApiAntiforgeryFilter>()
            .AddEndpointFilter<RequestNullsFilter>()
            .DisableAntiforgery();

        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.HeaderName!, tokens.RequestToken!));
        })
        .WithSummary("The antiforgery token to send in the header of state-changing calls.");

        api.MapOrganisationsApi();
        api.MapProgrammesApi();
        api.MapApplicationsApi();
        api.MapParticipantsApi();
        api.MapMentorsApi();
        api.MapTrainingApi();
        api.MapMatchingApi();
        api.MapMentoringApi();
        api.MapMeetingsApi();
        api.MapPlansApi();
        api.MapCheckInsApi();
        api.MapConcernsApi();
        api.MapClosingApi();
        api.MapFollowUpsApi();
        Events.EventsApi.MapEventsApi(api);
        Reports.ReportsApi.MapReportsApi(api);
    }
}

public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);
