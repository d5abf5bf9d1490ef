using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ponte.Data.Configurations;

/// <summary>Small lists stored as one JSON text column, the same on SQLite and PostgreSQL.</summary>
internal static class JsonConversions
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    // Texts in every script, stored as written: the column is never placed in HTML.
    private static readonly JsonSerializerOptions TextOptions = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property)
    {
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            v => JsonSerializer.Deserialize<List<T>>(v, Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
                v => v.ToList()));
        return property;
    }

    /// <summary>An immutable record as one JSON text column; its own value equality tells EF when it changed.</summary>
    public static PropertyBuilder<T> HasJsonValue<T>(this PropertyBuilder<T> property)
        where T : class
    {
        property.HasConversion(
            v => JsonSerializer.Serialize(v, TextOptions),
            v => JsonSerializer.Deserialize<T>(v, TextOptions)!,
            new ValueComparer<T>(
                (a, b) => Equals(a, b),
                v => v.GetHashCode(),
                v => v));
        return property;
    }
}
