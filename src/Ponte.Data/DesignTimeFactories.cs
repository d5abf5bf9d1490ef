using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ponte.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context to write its own migrations.</summary>
internal static class DesignTimeActing
{
    /// <summary>Writing migrations acts for the whole network.</summary>
    public static Acting Network()
    {
        var acting = new Acting(NoAmbientUser.Instance);
        acting.ForNetwork();
        return acting;
    }
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, DesignTimeActing.Network());
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=ponte_design").Options, DesignTimeActing.Network());
}
