using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ponte.Browser.Tests.Infrastructure;
using Ponte.Domain.Participants;

namespace Ponte.Browser.Tests;

/// <summary>The match board on the demo data in a real browser: run, read, approve; on a desk and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MatchBoardInBrowser(BrowserSite site) : IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        BrowserSite.RequireBrowser();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_manager_runs_matching_on_the_demo_data_reads_a_proposal_and_approves_it()
    {
        var page = await site.NewPageAsync(1200, 1500, "en-GB");
        await site.SignInAsync(page, "manager.pt@ponte.example");
        await page.GotoAsync("/Matching");
        // By name: other tests in this collection add programmes of their own to the same organisation.
        await page.Locator("main table a").GetByText("Mentoring for Migrants — Lisbon", new() { Exact = true }).ClickAsync();
        Assert.Matches("/Matching/[0-9a-f-]{36}$", page.Url);

        // The run: the button shows progress while the server works, then the proposals appear.
        await page.Locator("form[data-progress] button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Matching/", StringComparison.Ordinal));
        await page.Locator("li.proposal").First.WaitForAsync();
        var proposals = await page.Locator("li.proposal").CountAsync();
        Assert.True(proposals > 0);
        Assert.Equal(7, await page.Locator("li.proposal").First.Locator("table.breakdown tbody tr").CountAsync());
        Assert.True(await page.Locator("ul.unmatched > li").CountAsync() > 0);

        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));

        // The alternatives open, and the screenshot shows the board with its first proposal.
        await page.Locator("li.proposal details.alternatives summary").First.ClickAsync();
        await page.Locator("#run-heading").EvaluateAsync("h => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 420)");
        await BrowserSite.ScreenshotAsync(page, "match-board", fullPage: false);

        // Approving asks first, then matches the two.
        var first = page.Locator("li.proposal").First;
        var mentee = (await first.Locator("h4 a").First.TextContentAsync())!.Trim();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await first.Locator("form[action*='handler=Approve'] button").ClickAsync();
        await page.Locator("p.flash").WaitForAsync();
        Assert.Contains(mentee, await page.Locator("p.flash").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("li.proposal h4").GetByText(mentee, new() { Exact = true }).CountAsync());
        var status = await site.Factory.WithDbAsync(db => db.Participants.Where(p => p.Profile.FullName == mentee).Select(p => p.Status).FirstAsync());
        Assert.Equal(ParticipantStatus.Matched, status);
    }

    [Fact]
    public async Task The_match_board_fits_a_360px_phone()
    {
        var page = await site.NewPageAsync(360, 800, "en-GB");
        await site.SignInAsync(page, "manager.fi@ponte.example");
        await page.GotoAsync("/Matching");
        await page.Locator("main table a").GetByText("SMILE — Helsinki", new() { Exact = true }).ClickAsync();
        await page.Locator("form[data-progress] button").ClickAsync();
        await page.Locator("#run-heading").WaitForAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"The board scrolls sideways at 360 px (scrollWidth {width}).");
        Assert.True(await page.Locator("li.proposal").CountAsync() > 0);
        await BrowserSite.ScreenshotAsync(page, "match-board-360", page.Locator("li.proposal").First);
    }
}
