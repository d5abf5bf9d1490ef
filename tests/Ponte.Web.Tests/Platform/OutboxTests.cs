using Ponte.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// Mail goes out only for what was saved: a message queued in a save that never commits is never
/// written nor sent, and a committed one is written once.
/// </summary>
public abstract class OutboxTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task A_message_is_written_out_only_after_its_save_commits_and_only_once()
    {
        var to = $"outbox.{Guid.NewGuid():N}@example.org";
        var rolledBack = $"rolled.{Guid.NewGuid():N}@example.org";
        var mailer = Factory.Services.GetRequiredService<IMailer>();
        var dispatcher = Factory.Services.GetRequiredService<Ponte.Data.Jobs.JobRunner>();

        // Queued, then the unit of work fails: nothing is stored, so nothing is written or sent.
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => Factory.WithDbAsync<int>(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await mailer.QueueAsync(db, null, rolledBack, "Never", "This was rolled back.");
            await db.SaveChangesAsync();
            throw new InvalidOperationException("The rest of the work failed.");
        }));
        await Factory.WithDbAsync<int>(async db =>
        {
            await mailer.QueueAsync(db, null, to, "Welcome", "Hello there.");
            return await db.SaveChangesAsync();
        });

        await dispatcher.RunDueAsync();
        Assert.False(await Factory.WithDbAsync(db => db.Outbox.AnyAsync(m => m.To == rolledBack)));
        var folder = Path.Combine(Factory.DataDirectory, "outbox");
        Assert.DoesNotContain(Directory.EnumerateFiles(folder), f => File.ReadAllText(f).Contains(rolledBack, StringComparison.Ordinal));

        var stored = await Factory.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.To == to));
        Assert.NotNull(stored.FileName);
        var written = File.ReadAllText(Path.Combine(folder, stored.FileName!));
        Assert.Contains("Subject: Welcome", written, StringComparison.Ordinal);
        Assert.Contains("Hello there.", written, StringComparison.Ordinal);
        Assert.Null(stored.SentAt);

        // A second pass finds nothing more for it.
        var files = Directory.EnumerateFiles(folder).Count();
        await dispatcher.RunDueAsync();
        Assert.Equal(files, Directory.EnumerateFiles(folder).Count());
        Assert.Equal(stored.FileName, (await Factory.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.To == to))).FileName);
    }

    [Fact]
    public async Task A_one_time_link_is_kept_only_protected_and_masked_for_staff_until_it_is_written_out()
    {
        var to = $"secret.{Guid.NewGuid():N}@example.org";
        const string token = "CfDJ8Secret%2BToken";
        var body = $"Open http://localhost/Account/ResetPassword?user=42&token={token} to go on.";
        var mailer = Factory.Services.GetRequiredService<IMailer>();
        await Factory.WithDbAsync<int>(async db =>
        {
            await mailer.QueueAsync(db, null, to, "Reset", body);
            return await db.SaveChangesAsync();
        });

        await Factory.Services.GetRequiredService<Ponte.Data.Jobs.JobRunner>().RunDueAsync();
        var stored = await Factory.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.To == to));
        Assert.Equal("Open http://localhost/Account/ResetPassword?user=42&token=" + SecretLinks.Mask + " to go on.", stored.Body);
        Assert.Null(stored.ProtectedBody);

        // Without SMTP the written file is the delivery, so it carries the live link.
        var written = await MimeKit.MimeMessage.LoadAsync(Path.Combine(Factory.DataDirectory, "outbox", stored.FileName!));
        Assert.Contains(token, written.TextBody, StringComparison.Ordinal);
        Assert.Equal(body, (await Factory.ReadMailAsync(to)).TrimEnd());
    }

    [Fact]
    public void Masking_replaces_every_token_in_a_link_and_nothing_else()
    {
        Assert.Equal("a?x=1&token=" + SecretLinks.Mask + "&b=2 and ?token=" + SecretLinks.Mask,
            SecretLinks.MaskTokens("a?x=1&token=abc%2B&b=2 and ?token=def"));
        Assert.Equal("no token here, token=free text", SecretLinks.MaskTokens("no token here, token=free text"));
    }
}

public sealed class SqliteOutboxTests(SqliteFactory f) : OutboxTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresOutboxTests(PostgresFactory f) : OutboxTests(f), IClassFixture<PostgresFactory>;

/// <summary>A delivery the SMTP server refuses is logged by its kind and status code, never with the server's words about the recipient.</summary>
public sealed class RefusedDeliveryTests(RefusedDeliveryTests.Site site) : IClassFixture<RefusedDeliveryTests.Site>
{
    public sealed class Site() : PonteFactory(Db.Sqlite)
    {
        public RefusingSmtpServer Smtp { get; } = new();

        protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:UseStartTls", "false");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Smtp.Dispose();
        }
    }

    [Fact]
    public async Task A_refused_recipient_is_logged_without_her_address()
    {
        const string to = "refused.recipient@example.org";
        await site.WithDbAsync(async db =>
        {
            await site.Services.GetRequiredService<IMailer>().QueueAsync(db, null, to, "Hello", "A message that will not arrive.");
            return await db.SaveChangesAsync();
        });

        await site.Services.GetRequiredService<Ponte.Data.Jobs.JobRunner>().RunDueAsync();

        var stored = await site.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.To == to));
        Assert.Null(stored.SentAt);
        var item = await site.WithDbAsync(db => db.JobItems.AsNoTracking().SingleAsync(i => i.Job == "outbox" && i.Key == stored.Id.ToString("N")));
        Assert.Equal("SmtpRefused:550", item.LastError);
        Assert.Equal(Ponte.Data.Jobs.JobItemState.Pending, item.State);
        var logged = site.Logs.Entries.Where(e => e.Category == typeof(Ponte.Data.Jobs.JobRunner).FullName || e.Category == typeof(Ponte.Web.Infrastructure.Email.OutboxJob).FullName).ToList();
        Assert.Contains(logged, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Text.Contains("550", StringComparison.Ordinal));
        Assert.All(logged, e => Assert.DoesNotContain("@", e.Text, StringComparison.Ordinal));
    }
}
