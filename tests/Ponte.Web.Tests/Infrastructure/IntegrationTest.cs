namespace Ponte.Web.Tests.Infrastructure;

/// <summary>
/// Base of the integration tests: each concrete class runs on its own fresh database.
/// Write the tests once in an abstract class deriving from this, then add one sealed class per
/// database: <c>public sealed class SqliteX(SqliteFactory f) : X(f), IClassFixture&lt;SqliteFactory&gt;;</c>
/// and the same with PostgresFactory. The PostgreSQL variant skips (with the reason) when no
/// server is configured; CI configures one and fails on any skip.
/// </summary>
public abstract class IntegrationTest(PonteFactory factory) : IAsyncLifetime
{
    protected PonteFactory Factory { get; } = factory;

    public virtual ValueTask InitializeAsync()
    {
        PonteFactory.RequireAvailable(Factory.Db);
        return ValueTask.CompletedTask;
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected Visitor Anonymous() => Factory.NewVisitor();

    protected Task<Visitor> As(string email) => Factory.SignedInAsync(email);
}

/// <summary>The demo network's sign-in accounts.</summary>
public static class Demo
{
    public const string Coordinator = "coordinator@ponte.example";
    public const string ManagerPt = "manager.pt@ponte.example";
    public const string ManagerFi = "manager.fi@ponte.example";
    public const string ManagerLv = "manager.lv@ponte.example";
    public const string TrainerPt = "trainer.pt@ponte.example";
    public const string TrainerFi = "trainer.fi@ponte.example";
    public const string TrainerLv = "trainer.lv@ponte.example";
    public const string Mentor = "mentor@ponte.example";
    public const string Samira = "samira@ponte.example";
    public const string Fatima = "fatima@ponte.example";
    public const string Tatiana = "tatiana@ponte.example";
}
