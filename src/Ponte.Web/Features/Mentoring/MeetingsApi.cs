using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A process's meetings over JSON: schedule (with the calendar invitation by email), move, cancel, log, attendance.</summary>
public static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/processes/{id:guid}/meetings")
            .WithTags("Mentoring")
            .WithMetadata(new ErrorTexts(typeof(MentoringText)));
        var held = new Dictionary<string, string> { ["Minutes"] = "minutes", ["HeldAt"] = "heldAt" };

        meetings.MapGet("/", List)
            .WithSummary("The process's meetings: those coming first, soonest first, then the others, newest first. Private notes only for their author (and the managers where the programme allows it).");
        meetings.MapPost("/", Schedule)
            .WithSummary("A participant schedules a meeting of an active process: startsAt is an instant (ISO 8601 with offset), minutes 15–480, mode InPerson (with place) or Online (with an http(s) link). Everyone is emailed the calendar invitation.");
        meetings.MapPost("/log", LogUnscheduled)
            .WithRequestFields(held)
            .WithSummary("A participant logs a meeting that was never scheduled: heldAt (an instant, not in the future), minutes 5–600, mode, topics (at least one), goalIds of the process's plans, sharedNotes, privateNote, nextSteps, attendance [{menteeId, attended}].");
        meetings.MapGet("/{meetingId:guid}", Get)
            .WithSummary("One meeting.");
        meetings.MapPut("/{meetingId:guid}", Reschedule)
            .WithSummary("A participant moves a scheduled meeting or changes where it is; everyone gets the updated invitation.");
        meetings.MapPost("/{meetingId:guid}/cancel", Cancel)
            .WithSummary("A participant cancels a scheduled meeting (an optional reason); everyone gets the cancellation for her calendar.");
        meetings.MapPost("/{meetingId:guid}/log", Log)
            .WithRequestFields(held)
            .WithSummary("A participant logs a scheduled meeting that happened (the same fields as /log).");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<MeetingView>>> List(
        Guid id, AppDbContext db, ProcessAccess access, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var process = await access.GetAsync(id, ct);
        var meetings = await MeetingViews.OfAsync(db, process.Id, clock.GetUtcNow(), ct);
        return TypedResults.Ok(await MeetingViews.ViewAsync(db, process, meetings, access, text, ct));
    }

    public static async Task<Ok<MeetingView>> Get(
        Guid id, Guid meetingId, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (process, meeting) = await MeetingAccess.LoadAsync(db, access, id, meetingId, ct);
        return TypedResults.Ok((await MeetingViews.ViewAsync(db, process, [meeting], access, text, ct))[0]);
    }

    public static async Task<Created<MeetingView>> Schedule(
        Guid id, ScheduleRequest body, ScheduleMeeting.Handler schedule, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var meeting = await schedule.HandleAsync(new ScheduleMeeting.Request(id, body.StartsAt, body.Minutes, body.Mode, body.Place, body.Link), ct);
        var process = await access.GetAsync(id, ct);
        return TypedResults.Created($"/api/processes/{id}/meetings/{meeting.Id}", (await MeetingViews.ViewAsync(db, process, [meeting], access, text, ct))[0]);
    }

    public static async Task<Ok<MeetingView>> Reschedule(
        Guid id, Guid meetingId, ScheduleRequest body, RescheduleMeeting.Handler reschedule, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (meeting, _) = await reschedule.HandleAsync(new RescheduleMeeting.Request(id, meetingId, body.StartsAt, body.Minutes, body.Mode, body.Place, body.Link, body.Version), ct);
        var process = await access.GetAsync(id, ct);
        return TypedResults.Ok((await MeetingViews.ViewAsync(db, process, [meeting], access, text, ct))[0]);
    }

    public static async Task<Ok<MeetingView>> Cancel(
        Guid id, Guid meetingId, CancelRequest? body, CancelMeeting.Handler cancel, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var meeting = await cancel.HandleAsync(new CancelMeeting.Request(id, meetingId, body?.Reason, body?.Version), ct);
        var process = await access.GetAsync(id, ct);
        return TypedResults.Ok((await MeetingViews.ViewAsync(db, process, [meeting], access, text, ct))[0]);
    }

    public static Task<Ok<MeetingView>> Log(
        Guid id, Guid meetingId, LogRequest body, LogMeeting.Handler log, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        LogAsync(id, meetingId, body, log, db, access, text, ct);

    public static async Task<Created<MeetingView>> LogUnscheduled(
        Guid id, LogRequest body, LogMeeting.Handler log, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var view = (await LogAsync(id, null, body, log, db, access, text, ct)).Value!;
        return TypedResults.Created($"/api/processes/{id}/meetings/{view.Id}", view);
    }

    private static async Task<Ok<MeetingView>> LogAsync(
        Guid id, Guid? meetingId, LogRequest body, LogMeeting.Handler log, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var topics = (body.Topics ?? []).Aggregate(MeetingTopic.None, (all, t) => all | t);
        var meeting = await log.HandleAsync(new LogMeeting.Request(
            id, meetingId, body.HeldAt, body.Minutes, body.Mode, topics, body.GoalIds, body.SharedNotes, body.PrivateNote, body.NextSteps,
            body.Attendance?.Select(a => new LogMeeting.Attendance(a.MenteeId, a.Attended)).ToList(), body.Version), ct);
        var process = await access.GetAsync(id, ct);
        return TypedResults.Ok((await MeetingViews.ViewAsync(db, process, [meeting], access, text, ct))[0]);
    }
}

public sealed record ScheduleRequest(DateTimeOffset? StartsAt, int? Minutes, MeetingMode? Mode, string? Place, string? Link, Guid? Version);

public sealed record CancelRequest(string? Reason, Guid? Version);

public sealed record AttendanceLine(Guid MenteeId, bool Attended);

public sealed record LogRequest(
    DateTimeOffset? HeldAt, int? Minutes, MeetingMode? Mode, IReadOnlyList<MeetingTopic>? Topics, IReadOnlyList<Guid>? GoalIds,
    string? SharedNotes, string? PrivateNote, string? NextSteps, IReadOnlyList<AttendanceLine>? Attendance, Guid? Version);
