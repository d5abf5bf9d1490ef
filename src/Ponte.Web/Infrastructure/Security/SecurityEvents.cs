namespace Ponte.Web.Infrastructure.Security;

/// <summary>Outcomes written with security events; stable words for log queries.</summary>
public static class SecurityOutcome
{
    public const string Succeeded = nameof(Succeeded);
    public const string Failed = nameof(Failed);
    public const string LockedOut = nameof(LockedOut);
    public const string Deactivated = nameof(Deactivated);
    public const string RateLimited = nameof(RateLimited);
    public const string Requested = nameof(Requested);
    public const string Refused = nameof(Refused);
}

/// <summary>
/// One structured log event per security-relevant act: who (user id, never a name or email),
/// from which address, and the outcome. Event ids are stable for alerting.
/// </summary>
public sealed partial class SecurityEvents(ILogger<SecurityEvents> logger)
{
    public static class Ids
    {
        public static readonly EventId SignIn = new(7001, nameof(SignIn));
        public static readonly EventId SignInLockedOut = new(7002, nameof(SignInLockedOut));
        public static readonly EventId SignInRateLimited = new(7003, nameof(SignInRateLimited));
        public static readonly EventId SignOut = new(7004, nameof(SignOut));
        public static readonly EventId PasswordChanged = new(7005, nameof(PasswordChanged));
        public static readonly EventId PasswordResetRequested = new(7006, nameof(PasswordResetRequested));
        public static readonly EventId PasswordReset = new(7007, nameof(PasswordReset));
        public static readonly EventId AccountDeactivated = new(7008, nameof(AccountDeactivated));
        public static readonly EventId AccountReactivated = new(7009, nameof(AccountReactivated));
        public static readonly EventId SessionRejected = new(7010, nameof(SessionRejected));
        public static readonly EventId AccessDenied = new(7011, nameof(AccessDenied));
        public static readonly EventId PublicFormRateLimited = new(7012, nameof(PublicFormRateLimited));
    }

    /// <summary>A sign-in attempt; <paramref name="userId"/> is null when no account has the email given.</summary>
    public void SignIn(Guid? userId, string? address, string outcome)
    {
        if (outcome == SecurityOutcome.LockedOut)
            LogLockedOut(userId, address ?? "unknown", outcome);
        else
            LogSignIn(userId, address ?? "unknown", outcome);
    }

    public void SignInRateLimited(string? address) => LogRateLimited(address ?? "unknown", SecurityOutcome.RateLimited);

    public void SignOut(Guid? userId, string? address) => LogSignOut(userId, address ?? "unknown", SecurityOutcome.Succeeded);

    public void PasswordChanged(Guid userId, string? address, string outcome) => LogPasswordChanged(userId, address ?? "unknown", outcome);

    /// <summary>A reset link was asked for; <paramref name="userId"/> is null when no active account has the email given.</summary>
    public void PasswordResetRequested(Guid? userId, string? address) => LogResetRequested(userId, address ?? "unknown", SecurityOutcome.Requested);

    public void PasswordReset(Guid? userId, string? address, string outcome) => LogReset(userId, address ?? "unknown", outcome);

    public void AccountDeactivated(Guid userId, Guid actorId, string? address) => LogDeactivated(userId, actorId, address ?? "unknown", SecurityOutcome.Succeeded);

    public void AccountReactivated(Guid userId, Guid actorId, string? address) => LogReactivated(userId, actorId, address ?? "unknown", SecurityOutcome.Succeeded);

    /// <summary>A session cookie refused: its security stamp changed, the account was deactivated, or its lifetime ran out.</summary>
    public void SessionRejected(Guid? userId, string? address, string reason) => LogSessionRejected(userId, address ?? "unknown", reason);

    /// <summary>A request refused for lack of rights (403), or for an id outside the caller's organisation (404).</summary>
    public void AccessDenied(Guid? userId, string? address, string outcome, string route) => LogAccessDenied(userId, address ?? "unknown", outcome, route);

    /// <summary>An application form refused by the public forms' rate limit (<paramref name="userId"/> is null for an anonymous applicant).</summary>
    public void PublicFormRateLimited(Guid? userId, string? address, Guid programmeId, Ponte.Domain.Profiles.ParticipantRole role) =>
        LogPublicFormRateLimited(userId, address ?? "unknown", SecurityOutcome.RateLimited, role, programmeId);

    [LoggerMessage(EventId = 7001, EventName = "SignIn", Level = LogLevel.Information, Message = "Sign-in {Outcome} for user {UserId} from {Address}")]
    private partial void LogSignIn(Guid? userId, string address, string outcome);

    [LoggerMessage(EventId = 7002, EventName = "SignInLockedOut", Level = LogLevel.Warning, Message = "Sign-in {Outcome} for user {UserId} from {Address}")]
    private partial void LogLockedOut(Guid? userId, string address, string outcome);

    [LoggerMessage(EventId = 7003, EventName = "SignInRateLimited", Level = LogLevel.Warning, Message = "Sign-in {Outcome} from {Address}")]
    private partial void LogRateLimited(string address, string outcome);

    [LoggerMessage(EventId = 7004, EventName = "SignOut", Level = LogLevel.Information, Message = "Sign-out {Outcome} for user {UserId} from {Address}")]
    private partial void LogSignOut(Guid? userId, string address, string outcome);

    [LoggerMessage(EventId = 7005, EventName = "PasswordChanged", Level = LogLevel.Information, Message = "Password change {Outcome} for user {UserId} from {Address}")]
    private partial void LogPasswordChanged(Guid userId, string address, string outcome);

    [LoggerMessage(EventId = 7006, EventName = "PasswordResetRequested", Level = LogLevel.Information, Message = "Password reset {Outcome} for user {UserId} from {Address}")]
    private partial void LogResetRequested(Guid? userId, string address, string outcome);

    [LoggerMessage(EventId = 7007, EventName = "PasswordReset", Level = LogLevel.Information, Message = "Password reset {Outcome} for user {UserId} from {Address}")]
    private partial void LogReset(Guid? userId, string address, string outcome);

    [LoggerMessage(EventId = 7008, EventName = "AccountDeactivated", Level = LogLevel.Information, Message = "Account deactivation {Outcome} for user {UserId} by {ActorId} from {Address}")]
    private partial void LogDeactivated(Guid userId, Guid actorId, string address, string outcome);

    [LoggerMessage(EventId = 7009, EventName = "AccountReactivated", Level = LogLevel.Information, Message = "Account reactivation {Outcome} for user {UserId} by {ActorId} from {Address}")]
    private partial void LogReactivated(Guid userId, Guid actorId, string address, string outcome);

    [LoggerMessage(EventId = 7010, EventName = "SessionRejected", Level = LogLevel.Information, Message = "Session {Outcome} for user {UserId} from {Address}")]
    private partial void LogSessionRejected(Guid? userId, string address, string outcome);

    [LoggerMessage(EventId = 7011, EventName = "AccessDenied", Level = LogLevel.Warning, Message = "Access {Outcome} on {Route} for user {UserId} from {Address}")]
    private partial void LogAccessDenied(Guid? userId, string address, string outcome, string route);

    [LoggerMessage(EventId = 7012, EventName = "PublicFormRateLimited", Level = LogLevel.Warning, Message = "Public form {Outcome} for user {UserId} from {Address}: {Role} form of programme {ProgrammeId}")]
    private partial void LogPublicFormRateLimited(Guid? userId, string address, string outcome, Ponte.Domain.Profiles.ParticipantRole role, Guid programmeId);
}
