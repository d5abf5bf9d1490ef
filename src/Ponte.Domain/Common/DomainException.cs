namespace Ponte.Domain.Common;

/// <summary>
/// A rule of the journey refused an operation. <see cref="Code"/> is stable and is the key
/// the web layer uses to show the message in the user's language; <see cref="Message"/> is the
/// English fallback.
/// </summary>
public class DomainException(string code, string message, params object[] args) : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Args { get; } = args;
}

/// <summary>Input that breaks a rule of a single field, reported against that field.</summary>
public sealed class DomainValidationException(string field, string code, string message, params object[] args)
    : DomainException(code, message, args)
{
    public string Field { get; } = field;
}
