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

/// <summary>Input that breaks the rules of several fields at once, each reported against its field.</summary>
public sealed class DomainValidationErrors(IReadOnlyList<DomainValidationException> errors)
    : DomainException(errors[0].Code, errors[0].Message, [.. errors[0].Args])
{
    public IReadOnlyList<DomainValidationException> Errors { get; } = errors;

    /// <summary>Throws the errors found, if any: one as itself, several together.</summary>
    public static void ThrowIfAny(IReadOnlyList<DomainValidationException> errors)
    {
        if (errors.Count == 1)
            throw errors[0];
        if (errors.Count > 1)
            throw new DomainValidationErrors(errors);
    }
}

/// <summary>
/// Checks several fields and reports every one that is wrong together, so a person fixing a form
/// sees all its problems at once rather than one per attempt.
/// </summary>
public sealed class FieldChecks
{
    private readonly List<DomainValidationException> _errors = [];

    /// <summary>The checked value, or its default when the check refused it (the refusal is kept).</summary>
    public T Run<T>(Func<T> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            return check();
        }
        catch (DomainValidationException e)
        {
            _errors.Add(e);
            return default!;
        }
    }

    public void ThrowIfAny() => DomainValidationErrors.ThrowIfAny(_errors);
}
