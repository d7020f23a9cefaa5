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
}
