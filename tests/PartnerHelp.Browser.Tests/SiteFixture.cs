using Microsoft.Playwright;
using PartnerHelp.Testing;

namespace PartnerHelp.Browser.Tests;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 and Debian's Chromium driven by Playwright (never a
/// downloaded browser). Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PartnerHelpFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public static string ScreenshotFolder { get; } = RepoPaths.Combine("artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        // Expect's retries wait as long as the pages' actions may (its own default is 5 s).
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        BaseUrl = Factory.StartKestrel();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Every page's timeout, for actions, navigations and Expect assertions: the whole suite shares two cores, and a sign-in can queue behind other test projects.</summary>
    public const float TimeoutMs = 90_000;

    /// <summary>A fresh browser context (own cookies) with the given Accept-Language and the suite's generous timeouts.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = locale });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the real form.</summary>
    public static async Task SignInAsync(IPage page, string email, string culture = "en")
    {
        await page.GotoAsync($"/{culture}/account/sign-in");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", SiteSignIn.DemoPassword);
        await page.ClickAndWaitForUrlAsync("form.form button[type=submit]", url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }

    /// <summary>Saves a full-page screenshot as an artifact.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
