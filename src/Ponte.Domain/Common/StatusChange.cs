namespace Ponte.Domain.Common;

/// <summary>One line of a timeline: a transition the domain made, by whom and when.</summary>
public sealed class StatusChange
{
    private StatusChange()
    {
    }

    public int Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorUserId { get; private set; }

    /// <summary>A user (<see cref="ActorUserId"/>), the person herself, or Ponte.</summary>
    public ActorKind ActorKind { get; private set; }

    /// <summary>What happened: a stable key such as "Applied", "InterviewScheduled", "ReadyToMatch".</summary>
    public string Event { get; private set; } = string.Empty;

    public string? FromStatus { get; private set; }

    public string ToStatus { get; private set; } = string.Empty;

    public string? Detail { get; private set; }

    public static StatusChange Record(DateTimeOffset at, Actor actor, string @event, string? from, string to, string? detail = null) => new()
    {
        At = at,
        ActorUserId = actor.UserId,
        ActorKind = actor.UserId is null && actor.Kind == ActorKind.User ? ActorKind.System : actor.Kind,
        Event = @event,
        FromStatus = from,
        ToStatus = to,
        Detail = detail,
    };

    public StatusChange Copy() => new()
    {
        At = At,
        ActorUserId = ActorUserId,
        ActorKind = ActorKind,
        Event = Event,
        FromStatus = FromStatus,
        ToStatus = ToStatus,
        Detail = Detail,
    };
}
