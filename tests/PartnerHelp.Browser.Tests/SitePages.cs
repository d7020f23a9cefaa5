using Microsoft.Playwright;
using PartnerHelp.Testing;

namespace PartnerHelp.Browser.Tests;

/// <summary>Navigation helpers for the suite's pages (<see cref="SiteFixture.NewPageAsync"/>).</summary>
public static class SitePages
{
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

    /// <summary>
    /// For a page the server draws once (Hangfire's dashboard): runs <paramref name="expectation"/>, a Playwright
    /// <c>Expect</c> with a short timeout of its own, and reloads the page until it passes or <paramref name="within"/>
    /// runs out, then fails with <paramref name="what"/> and the expectation's last failure.
    /// </summary>
    public static Task ExpectAfterReloadAsync(this IPage page, string what, Func<Task> expectation, TimeSpan within) =>
        Eventually.MatchesAsync<string?>(
            what,
            async () =>
            {
                try
                {
                    await expectation();
                    return null;
                }
                catch (PlaywrightException failure)
                {
                    await page.ReloadAsync();
                    return failure.Message;
                }
            },
            failure => failure is null,
            within,
            TimeSpan.FromMilliseconds(250));

    private static async Task ClickAndWaitAsync(IPage page, string selector, Task navigated)
    {
        await page.ClickAsync(selector);
        await navigated;
    }
}
