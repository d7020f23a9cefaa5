using Microsoft.Playwright;

namespace PartnerHelp.Browser.Tests;

/// <summary>Pages with generous timeouts: the whole suite shares two cores, and a sign-in can queue behind other test projects.</summary>
public static class SitePages
{
    public const float TimeoutMs = 90_000;

    public static async Task<IPage> OpenPageAsync(this SiteFixture site, string locale = "en-US")
    {
        ArgumentNullException.ThrowIfNull(site);
        var page = await site.NewPageAsync(locale);
        page.Context.SetDefaultTimeout(TimeoutMs);
        page.Context.SetDefaultNavigationTimeout(TimeoutMs);
        return page;
    }

    /// <summary>
    /// Clicks <paramref name="selector"/> and waits until the navigation it starts has loaded a URL matching
    /// <paramref name="url"/>. The wait is set up before the click: started after it, Playwright may find the new
    /// URL already committed and then wait for a load event that has already fired, until the timeout.
    /// </summary>
    public static Task ClickAndWaitForUrlAsync(this IPage page, string selector, string url) =>
        ClickAndWaitAsync(page, selector, page.WaitForURLAsync(url));

    /// <inheritdoc cref="ClickAndWaitForUrlAsync(IPage, string, string)" />
    public static Task ClickAndWaitForUrlAsync(this IPage page, string selector, Func<string, bool> url) =>
        ClickAndWaitAsync(page, selector, page.WaitForURLAsync(url));

    private static async Task ClickAndWaitAsync(IPage page, string selector, Task navigated)
    {
        await page.ClickAsync(selector);
        await navigated;
    }
}
