using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Infrastructure.Http;

/// <summary>
/// How much a request may carry, and what it may not carry at all (a NUL byte, which no field
/// needs and PostgreSQL refuses to store). Exceeding a limit is 413, a NUL byte 400, each with a
/// message: ProblemDetails under /api, the error page elsewhere.
/// </summary>
public static class RequestLimits
{
    /// <summary>The largest body: the longest form (an application) is a few kilobytes.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public const int MaxFormFields = 1000;

    public const int MaxFormValueLength = 64 * 1024;

    public const int MaxFormKeyLength = 256;

    public const string TooLarge = "Error.TooLarge";

    public const string NulCharacter = "Error.NulCharacter";

    public static IServiceCollection AddPonteRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxBodyBytes);
        services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = MaxFormFields;
            o.ValueLengthLimit = MaxFormValueLength;
            o.KeyLengthLimit = MaxFormKeyLength;
            o.MultipartBodyLengthLimit = MaxBodyBytes;
        });
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new NoNulStringConverter()));
        return services;
    }

    /// <summary>Checks the size, the query and the form of every request before routing; JSON strings are checked as they are read.</summary>
    public static IApplicationBuilder UsePonteRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page re-executes with the same request: it must not be refused again.
        if (context.Features.Get<IExceptionHandlerFeature>() is null && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            await CheckAsync(context);
        await next(context);
    });

    private static async Task CheckAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
            throw new RequestRefusedException(StatusCodes.Status413PayloadTooLarge, TooLarge);
        // A body without a length is held to the limit as it is read: by the server where it can, else by a counting stream.
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (size is { IsReadOnly: false })
        {
            if (size.MaxRequestBodySize is null || size.MaxRequestBodySize > MaxBodyBytes)
                size.MaxRequestBodySize = MaxBodyBytes;
        }
        else if (request.ContentLength is null)
        {
            request.Body = new LimitedReadStream(request.Body, MaxBodyBytes);
        }

        if (HasNul(request.Path.Value) || request.Query.Any(q => HasNul(q.Key) || q.Value.Any(HasNul)))
            throw new RequestRefusedException(StatusCodes.Status400BadRequest, NulCharacter);

        // A body in a character set nobody knows cannot be read at all: say so, before a reader fails on it.
        if (request.ContentLength != 0 && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.Charset.HasValue && !KnownCharset(type.Charset.Value))
            throw new RequestRefusedException(StatusCodes.Status415UnsupportedMediaType, "Error.UnsupportedMediaType");

        if (!request.HasFormContentType)
            return;
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw Refuse(context, StatusCodes.Status413PayloadTooLarge, TooLarge);
        }
        catch (IOException)
        {
            // A multipart body cut short or without its parts.
            throw Refuse(context, StatusCodes.Status400BadRequest, "Error.BadRequest");
        }
        catch (InvalidDataException e) when (e.Message.Contains("boundary", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("multipart", StringComparison.OrdinalIgnoreCase))
        {
            throw Refuse(context, StatusCodes.Status400BadRequest, "Error.BadRequest");
        }
        catch (InvalidDataException e)
        {
            // The form reader refuses both: a count or length over FormOptions' limits, and control characters (a NUL byte).
            throw e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? Refuse(context, StatusCodes.Status413PayloadTooLarge, TooLarge)
                : Refuse(context, StatusCodes.Status400BadRequest, NulCharacter);
        }

        if (form.Any(f => HasNul(f.Key) || f.Value.Any(HasNul)))
            throw Refuse(context, StatusCodes.Status400BadRequest, NulCharacter);
    }

    /// <summary>The refused form is dropped so the error page, re-executed with this request, reads an empty one.</summary>
    private static RequestRefusedException Refuse(HttpContext context, int status, string messageKey)
    {
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        return new RequestRefusedException(status, messageKey);
    }

    private static bool KnownCharset(string? name)
    {
        try
        {
            System.Text.Encoding.GetEncoding(name!.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    /// <summary>Reads the body through, refusing it with 413 (as Kestrel does) once it passes the limit.</summary>
    private sealed class LimitedReadStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit
                ? throw new Microsoft.AspNetCore.Http.BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge)
                : read;
        }
    }

    /// <summary>A JSON string with a NUL character is refused where it stands (the JSON path names the field).</summary>
    private sealed class NoNulStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw new JsonException("Expected a text value.");
            var value = reader.GetString();
            return HasNul(value) ? throw new JsonException("A text value contains a NUL character.") : value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
