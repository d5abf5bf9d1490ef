using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Ponte.Data.Jobs;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentors;

namespace Ponte.Web.Tests.Matching;

/// <summary>An approved match tells both of the pair, each in her own language, by mail that a real SMTP server receives.</summary>
public abstract class MatchMessagesTests(MailingFactory factory) : ReadinessTest(factory)
{
    private readonly MailingFactory _site = factory;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await _site.Smtp.EnsureStartedAsync();
    }

    [Fact]
    public async Task The_approved_pair_is_told_in_each_ones_language_with_an_html_part()
    {
        var w = await Factory.MatchingWorldAsync(olenaReads: "uk", anaReads: "pt");
        var programme = await Factory.WithDbAsync(db => db.Programmes.Where(p => p.Id == w.Programme).Select(p => p.Name).SingleAsync());
        var manager = await SignedIn(Demo.ManagerPt);
        var run = await (await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var proposal = run.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("menteeId").GetGuid() == w.Olena).GetProperty("id").GetGuid();
        var approved = await manager.PostJsonAsync($"/api/matching-runs/{run.GetProperty("id").GetGuid()}/proposals/{proposal}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        await _site.Services.GetRequiredService<JobRunner>().RunDueAsync();

        var mentee = Assert.Single(_site.Smtp.To(w.OlenaEmail));
        AssertLanguage(mentee, "uk");
        Assert.Equal($"Ваша пара наставництва в програмі {programme}", mentee.Subject);
        Assert.Contains($"Гарна новина: Ana Costa буде вашою наставницею в програмі {programme}.", mentee.TextBody, StringComparison.Ordinal);
        Assert.Contains("Ana Costa", mentee.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("Вітаємо, Olena Kovalenko!", mentee.TextBody, StringComparison.Ordinal);

        var mentor = Assert.Single(_site.Smtp.To(w.AnaEmail));
        AssertLanguage(mentor, "pt");
        Assert.Equal($"O seu par de mentoria em {programme}", mentor.Subject);
        Assert.Contains($"Foi emparelhada com Olena Kovalenko em {programme}.", mentor.TextBody, StringComparison.Ordinal);
        Assert.Contains("Olena Kovalenko", mentor.HtmlBody, StringComparison.Ordinal);
    }

    private static void AssertLanguage(MimeMessage message, string language)
    {
        Assert.Equal(language, message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains($"lang=\"{language}\"", message.HtmlBody, StringComparison.Ordinal);
    }
}

public sealed class SqliteMatchMessagesTests(SqliteMailingFactory f) : MatchMessagesTests(f), IClassFixture<SqliteMailingFactory>;

public sealed class PostgresMatchMessagesTests(PostgresMailingFactory f) : MatchMessagesTests(f), IClassFixture<PostgresMailingFactory>;
