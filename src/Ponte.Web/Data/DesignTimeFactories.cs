using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context to write its own migrations.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, DesignTenant.Instance);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=ponte_design").Options, DesignTenant.Instance);
}

internal sealed class DesignTenant : ITenant
{
    public static readonly DesignTenant Instance = new();

    public Guid? OrganisationId => null;

    public bool IsSystem => true;
}
