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

    public string ActorName { get; private set; } = string.Empty;

    /// <summary>What happened: a stable key such as "Applied", "InterviewScheduled", "ReadyToMatch".</summary>
    public string Event { get; private set; } = string.Empty;

    public string? FromStatus { get; private set; }

    public string ToStatus { get; private set; } = string.Empty;

    public string? Detail { get; private set; }

    public static StatusChange Record(DateTimeOffset at, Actor actor, string @event, string? from, string to, string? detail = null) => new()
    {
        At = at,
        ActorUserId = actor.UserId,
        ActorName = actor.Name,
        Event = @event,
        FromStatus = from,
        ToStatus = to,
        Detail = detail,
    };

    public StatusChange Copy() => new()
    {
        At = At,
        ActorUserId = ActorUserId,
        ActorName = ActorName,
        Event = Event,
        FromStatus = FromStatus,
        ToStatus = ToStatus,
        Detail = Detail,
    };
}
