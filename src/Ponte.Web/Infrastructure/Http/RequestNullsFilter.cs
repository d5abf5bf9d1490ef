using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Infrastructure.Http;

/// <summary>
/// A JSON body that leaves out or nulls what its request record declares non-nullable —
/// <c>{"ratings":[null]}</c>, <c>"staffLanguages":[null]</c>, a missing required object — is a
/// 400 ValidationProblem naming the field (<c>ratings[0]</c>), before any handler reads it.
/// Which values may be null is read from the records' nullable annotations.
/// </summary>
public sealed class RequestNullsFilter : IEndpointFilter
{
    private const int MaxDepth = 6;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var argument in context.Arguments)
        {
            if (argument is not null && IsRequestRecord(argument.GetType()))
                Walk(argument, string.Empty, errors, 0);
        }

        if (errors.Count == 0)
            return await next(context);
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var localized = errors.ToDictionary(e => e.Key, _ => new[] { (string)text["Error.Required"] });
        return TypedResults.ValidationProblem(localized, title: text["Error.Validation"]);
    }

    /// <summary>A body record of the site (records are data; services are classes).</summary>
    private static bool IsRequestRecord(Type type) =>
        type.Namespace?.StartsWith("Ponte.", StringComparison.Ordinal) == true
        && type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static void Walk(object value, string prefix, Dictionary<string, string[]> errors, int depth)
    {
        if (depth > MaxDepth)
            return;
        foreach (var member in Members.GetOrAdd(value.GetType(), Describe))
        {
            var field = prefix + member.JsonName;
            var current = member.Property.GetValue(value);
            if (current is null)
            {
                if (member.NotNull)
                    errors.TryAdd(field, []);
                continue;
            }

            if (current is string)
                continue;
            if (current is IEnumerable items and not IDictionary)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is null && member.ItemsNotNull)
                        errors.TryAdd($"{field}[{i}]", []);
                    else if (item is not null && IsRequestRecord(item.GetType()))
                        Walk(item, $"{field}[{i}].", errors, depth + 1);
                    i++;
                }
            }
            else if (IsRequestRecord(current.GetType()))
            {
                Walk(current, field + ".", errors, depth + 1);
            }
        }
    }

    private static Member[] Describe(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p =>
            {
                var info = nullability.Create(p);
                var item = info.ElementType ?? (info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null);
                return new Member(
                    p,
                    p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                    info.ReadState == NullabilityState.NotNull,
                    item is not null && !item.Type.IsValueType && item.ReadState == NullabilityState.NotNull);
            })
            .ToArray();
    }

    private sealed record Member(PropertyInfo Property, string JsonName, bool NotNull, bool ItemsNotNull);
}
