using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ponte.Browser.Tests.Infrastructure;

/// <summary>What every page a test visits must pass: axe finds no violation, and on a phone nothing scrolls sideways.</summary>
public static class PageChecks
{
    public static async Task NoViolationsAsync(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0,
            page.Url + "\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }

    /// <summary>No sideways scrolling at 360 px; when it does, names the last elements that stick out.</summary>
    public static async Task FitsAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var wide = width <= 360 ? string.Empty : await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361).slice(-5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.True(width <= 360, $"{page.Url} scrolls sideways at 360 px (scrollWidth {width}): {wide}");
    }

    /// <summary>Both checks, for a page on a 360 px phone.</summary>
    public static async Task OnPhoneAsync(IPage page)
    {
        await FitsAsync(page);
        await NoViolationsAsync(page);
    }
}
