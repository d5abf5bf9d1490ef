using Ponte.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Infrastructure.Persistence;

public static class DatabaseSetup
{
    /// <summary>Registers the context for the configured provider (<c>Database:Provider</c> = Sqlite | Postgres).</summary>
    public static IServiceCollection AddPonteDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration["Database:ConnectionString"];
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            var dir = configuration.GetSection(PonteOptions.Section).Get<PonteOptions>()?.ResolvedDataDirectory()
                ?? new PonteOptions().ResolvedDataDirectory();
            connectionString = $"Data Source={Path.Combine(dir, "ponte.db")}";
        }

        return services.AddPonteData(provider, connectionString!);
    }

    /// <summary>Applies migrations, creates the roles, loads the demo network when configured and the database is empty, and tells <see cref="Ponte.Web.Infrastructure.Http.SiteMode"/> whether the database holds it.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider root, CancellationToken ct = default)
    {
        using var scope = root.CreateScope();
        var services = scope.ServiceProvider;
        using var system = services.GetRequiredService<Acting>().ForNetwork();
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
        var demoDomain = "@" + Ponte.Domain.Demo.DemoNetwork.EmailDomain.ToUpperInvariant();
        services.GetRequiredService<Ponte.Web.Infrastructure.Http.SiteMode>()
            .DatabaseHoldsDemo(await db.Users.AnyAsync(u => u.NormalizedEmail!.EndsWith(demoDomain), ct));
        await InviteFirstCoordinatorAsync(services, db, options, ct);
    }

    /// <summary>
    /// A new production site has no accounts: the address named in <c>Ponte:FirstCoordinator:Email</c>
    /// gets the network coordinator's account and a set-password link, once, while the network has no coordinator.
    /// </summary>
    private static async Task InviteFirstCoordinatorAsync(IServiceProvider services, AppDbContext db, PonteOptions options, CancellationToken ct)
    {
        var email = options.FirstCoordinator.Email?.Trim();
        if (string.IsNullOrEmpty(email))
            return;
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.NetworkCoordinator)).Count > 0 || await users.FindByEmailAsync(email) is not null)
            return;
        if (!Ponte.Domain.Profiles.Profile.IsEmail(email))
            throw new Ponte.Web.Infrastructure.Http.StartupException($"{PonteOptions.Section}:FirstCoordinator:Email is not an email address.");

        var name = string.IsNullOrWhiteSpace(options.FirstCoordinator.Name) ? email : options.FirstCoordinator.Name.Trim();
        var culture = string.IsNullOrWhiteSpace(options.FirstCoordinator.Culture) ? "en" : options.FirstCoordinator.Culture.Trim();
        var (user, errors) = await services.GetRequiredService<Invitations>()
            .InviteAsync(db, email, name, Roles.NetworkCoordinator, null, null, culture, ct);
        if (user is null)
            throw new Ponte.Web.Infrastructure.Http.StartupException($"{PonteOptions.Section}:FirstCoordinator: the account could not be created ({string.Join(", ", errors)}).");
        await db.SaveChangesAsync(ct);
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Ponte.Setup")
            .LogInformation("Created the first network coordinator account {UserId} and queued its invitation", user.Id);
    }
}

