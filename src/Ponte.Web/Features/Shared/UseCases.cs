using System.Reflection;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Shared;

/// <summary>
/// A use case's handler: one state change, in a file of its area named after it
/// (<c>Features/Applications/Accept.cs</c>), beside its request record. It loads what the request
/// names (through the organisation filter), asks the entity to change, and saves once; the page and
/// the API both call it and never save themselves. Refusals are thrown (<see cref="DomainException"/>,
/// <see cref="Infrastructure.Errors.NotFoundException"/>, a stale version) and mapped in one place
/// each: ProblemDetails for the API, a message beside the field for pages.
/// </summary>
public interface IHandler;

/// <summary>What every handler needs: the request's unit of work, who acts, and now.</summary>
public sealed class HandlerContext(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public AppDbContext Db => db;

    public Actor Actor => me.Actor;

    public DateTimeOffset Now => clock.GetUtcNow();
}

public static class UseCases
{
    /// <summary>Registers every handler of the site, scoped to the request, so pages and endpoints take them as dependencies.</summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services)
    {
        services.AddScoped<HandlerContext>();
        foreach (var type in Handlers())
            services.AddScoped(type);
        return services;
    }

    public static IEnumerable<Type> Handlers() =>
        typeof(IHandler).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHandler).IsAssignableFrom(t));

    /// <summary>Names the request body's fields for the domain's, so a refusal points at what the caller sent.</summary>
    public static TBuilder WithRequestFields<TBuilder>(this TBuilder builder, IReadOnlyDictionary<string, string> fields)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new RequestFields(fields));
        return builder;
    }
}

/// <summary>
/// Endpoint metadata: the area's resources whose "Error.*" texts word its refusals, looked up
/// before the shared ones (<c>.WithMetadata(new ErrorTexts(typeof(MentorsText)))</c>).
/// </summary>
public sealed record ErrorTexts(params Type[] Resources);

/// <summary>Endpoint metadata: the domain's field name → the request body's (e.g. InterviewAt → at).</summary>
public sealed record RequestFields(IReadOnlyDictionary<string, string> Names);
