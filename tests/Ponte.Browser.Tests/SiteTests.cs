using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Ponte.Browser.Tests.Infrastructure;

namespace Ponte.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SiteTests(BrowserSite site) : IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        BrowserSite.RequireBrowser();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_home_page_in_arabic_lays_out_right_to_left_on_a_phone()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/?culture=ar");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        // The stylesheet reached the browser (compressed or not): the header has the brand colour.
        Assert.Equal("rgb(29, 92, 99)", await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundColor"));
        var brand = await page.Locator(".brand").BoundingBoxAsync();
        Assert.True(brand!.X > 180, $"In right-to-left the brand sits on the right, found x={brand.X}");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"No horizontal scrolling at 360 px (scrollWidth {width})");
    }

    [Theory]
    [InlineData("coordinator@ponte.example")]
    [InlineData("manager.pt@ponte.example")]
    [InlineData("mentor@ponte.example")]
    [InlineData("tatiana@ponte.example")]
    public async Task Each_demo_role_signs_in_through_the_form(string email)
    {
        var page = await site.NewPageAsync();
        await site.SignInAsync(page, email);
        Assert.True(await page.Locator("form.inline button[type=submit]").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#demo-heading").CountAsync());
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/Account/Login", null)]
    [InlineData("/?culture=ar", null)]
    [InlineData("/", "manager.fi@ponte.example")]
    [InlineData("/Programmes", "manager.fi@ponte.example")]
    [InlineData("/Reports/Dashboard", "manager.pt@ponte.example")]
    [InlineData("/Reports/Dashboard", "coordinator@ponte.example")]
    public async Task Pages_have_no_serious_accessibility_violations(string url, string? email)
    {
        var page = await site.NewPageAsync();
        if (email is not null)
            await site.SignInAsync(page, email);
        await page.GotoAsync(url);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }

    [Theory]
    [InlineData("manager.pt@ponte.example", "pt")]
    [InlineData("coordinator@ponte.example", "ar")]
    public async Task The_dashboard_fits_a_phone_and_its_charts_read_from_the_readers_side(string email, string culture)
    {
        var page = await site.NewPageAsync(360, 800);
        await site.SignInAsync(page, email);
        await page.GotoAsync($"/Reports/Dashboard?culture={culture}");
        Assert.Equal(7, await page.Locator(".funnel-svg rect.bar").CountAsync());
        // The first step's bar is the longest and starts at the reading side of the chart.
        var chart = (await page.Locator(".funnel-svg").BoundingBoxAsync())!;
        var bar = (await page.Locator(".funnel-svg rect.bar").First.BoundingBoxAsync())!;
        if (culture == "ar")
            Assert.True(Math.Abs(bar.X + bar.Width - (chart.X + chart.Width)) < 2, $"In Arabic the bars grow from the right (bar {bar.X}+{bar.Width}, chart {chart.X}+{chart.Width})");
        else
            Assert.True(Math.Abs(bar.X - chart.X) < 2, $"The bars grow from the left (bar {bar.X}, chart {chart.X})");
        await PageChecks.OnPhoneAsync(page);
    }
}
