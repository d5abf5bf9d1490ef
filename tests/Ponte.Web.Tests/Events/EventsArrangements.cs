using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentoring;

namespace Ponte.Web.Tests.Events;

/// <summary>Events arranged and read over the API, as a manager and the coordinator would.</summary>
public static class EventsArrangements
{
    public static async Task<JsonElement> PlanAsync(
        this Visitor manager, Guid programme, string kind, DateTimeOffset startsAt, int minutes = 120, int? capacity = null, string? hoursKind = null, string title = "Kick-off in Lisbon") =>
        await (await manager.PostJsonAsync("/api/programme-events", new
        {
            programmeId = programme, kind, title, description = "Meet the programme team and each other.", startsAt, minutes,
            place = "Biblioteca de Marvila, Lisboa", capacity, hoursKind,
        })).JsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> InviteAsync(this Visitor manager, Guid eventId, params Guid[] participants) =>
        await (await manager.PostJsonAsync($"/api/programme-events/{eventId}/invitations", new { participantIds = participants })).JsonAsync(HttpStatusCode.OK);

    public static async Task<HttpResponseMessage> DeleteAsync(this Visitor visitor, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.Add("RequestVerificationToken", await visitor.ApiTokenAsync());
        return await visitor.Http.SendAsync(request);
    }

    /// <summary>The problem's code (409) or field (400) the API answered with.</summary>
    public static async Task<string> RefusalAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        if (problem.TryGetProperty("code", out var code))
            return code.GetString()!;
        return problem.TryGetProperty("errors", out var errors) ? string.Join(",", errors.EnumerateObject().Select(e => e.Name)) : string.Empty;
    }

    public static InvitationLine[] Invitations(this JsonElement programmeEvent) =>
        [.. programmeEvent.GetProperty("invitations").EnumerateArray().Select(i => new InvitationLine(
            i.GetProperty("participantId").GetGuid(), i.GetProperty("name").GetString()!, i.GetProperty("status").GetString()!,
            i.GetProperty("attended").ValueKind == JsonValueKind.Null ? null : i.GetProperty("attended").GetBoolean(),
            i.GetProperty("hours").ValueKind == JsonValueKind.Null ? null : i.GetProperty("hours").GetDecimal()))];

    public static Task<Guid> OrganisationAsync(this PonteFactory factory, string country) =>
        factory.WithDbAsync(db => db.Organisations.Where(o => o.CountryCode == country).Select(o => o.Id).SingleAsync());

    /// <summary>The messages of a template queued for one address, oldest first.</summary>
    public static Task<List<Ponte.Data.Outbox.OutboxMessage>> MailAsync(this PonteFactory factory, string to, string template) =>
        factory.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == to && m.Template == template).OrderBy(m => m.CreatedAt).ToListAsync());

    public static Task<string> EmailOfAsync(this PonteFactory factory, Guid participant) =>
        factory.WithDbAsync(db => db.Participants.Where(p => p.Id == participant).Select(p => p.Profile.Email).SingleAsync());

    /// <summary>The .ics text unfolded (RFC 5545 §3.1) into its content lines.</summary>
    public static string[] CalendarLines(this Ponte.Data.Outbox.OutboxMessage message) =>
        message.Calendar!.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}

public sealed record InvitationLine(Guid ParticipantId, string Name, string Status, bool? Attended, decimal? Hours);
