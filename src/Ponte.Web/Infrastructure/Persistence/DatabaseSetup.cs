using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ponte.Web.Data;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSetup
{
    /// <summary>Registers the context for the configured provider (<c>Database:Provider</c> = Sqlite | Postgres).</summary>
    public static IServiceCollection AddPonteDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration["Database:ConnectionString"];
        services.AddSingleton<AuditInterceptor>();

        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
            services.AddDbContext<PostgresAppDbContext>((sp, o) => o
                .UseNpgsql(connectionString, n => n.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName))
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var dir = configuration.GetSection(PonteOptions.Section).Get<PonteOptions>()?.ResolvedDataDirectory()
                    ?? new PonteOptions().ResolvedDataDirectory();
                connectionString = $"Data Source={Path.Combine(dir, "ponte.db")}";
            }

            services.AddDbContext<SqliteAppDbContext>((sp, o) => o
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }

        return services;
    }

    /// <summary>Applies migrations, creates the roles, and loads the demo network when configured and the database is empty.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider root, CancellationToken ct = default)
    {
        using var scope = root.CreateScope();
        var services = scope.ServiceProvider;
        using var system = services.GetRequiredService<TenantContext>().AsSystem();
        var db = services.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role));
        }

        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PonteOptions>>().Value;
        if (options.DemoData)
            await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(ct);
    }
}

