using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ponte.Data.Outbox;

namespace Ponte.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DataServices
{
    /// <summary>
    /// The database context for one provider, the save interceptor, who acts (<see cref="Acting"/>,
    /// starting from <see cref="NoAmbientUser"/> unless the host registered its own
    /// <see cref="IAmbientUser"/>) and the outbox. Shared by the site and the <c>ponte</c> command.
    /// </summary>
    public static IServiceCollection AddPonteData(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"Database:ConnectionString is required when Database:Provider is {provider}.");

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditInterceptor>();
        services.TryAddSingleton<IAmbientUser>(NoAmbientUser.Instance);
        services.AddScoped<Acting>();
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresAppDbContext>((sp, o) => o
                .UseNpgsql(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteAppDbContext>((sp, o) => o
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }

        services.AddSingleton<SecretLinks>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IMailer, Mailer>();
        return services;
    }
}
