namespace Ponte.Web.Infrastructure.Errors;

/// <summary>The record does not exist, or exists in another organisation: the caller cannot tell which.</summary>
public sealed class NotFoundException() : Exception("Not found.");

public static class NotFoundExtensions
{
    public static T OrNotFound<T>(this T? value)
        where T : class => value ?? throw new NotFoundException();
}
