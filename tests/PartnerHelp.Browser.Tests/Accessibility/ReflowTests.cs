using Microsoft.Playwright;

namespace PartnerHelp.Browser.Tests.Accessibility;

/// <summary>
/// WCAG 1.4.10 Reflow: at 320 CSS pixels wide no page scrolls sideways, in any culture (long German and Swedish labels,
/// right-to-left Arabic). Each main page is opened in all nine cultures in a 320 × 640 viewport; the document may not
/// be wider than the viewport, and the navigation and the help button must lie inside it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReflowTests(SiteFixture site)
{
    private const int Width = 320;

    private static readonly string[] Cultures = ["en", "vi", "sv", "de", "fr", "es", "ja", "pt-BR", "ar"];

    /// <summary>Pages a partner admin of Contoso sees (memberships, an order with its refund, the cancel form, store orders).</summary>
    private static readonly string[] ContosoPages =
        ["", "/refund-criteria", "/memberships", "/orders/CT-1008", "/orders/CT-1007", "/memberships/CT-1001/cancel", "/store-orders", "/tickets", "/tickets/new?order=CT-1005"];

    /// <summary>Pages of the CSP agent of Northwind (subscriptions, reservations, credit requests, the tax refund).</summary>
    private static readonly string[] NorthwindPages =
        ["/subscriptions", "/reservations", "/reservations/customers/c-tailspin", "/credit-requests", "/credit-requests/new", "/orders/NW-3001"];

    [Fact]
    public Task SignedOutPages_Reflow_InEveryCulture() => CheckAsync(null, ["", "/refund-criteria", "/account/sign-in"]);

    /// <summary>The two reported at 390 px: Swedish memberships (the help button) and Arabic memberships (the navigation).</summary>
    [Fact]
    public Task ReportedPages_Reflow_At390() => CheckAsync("admin@contoso.example", ["/memberships"], ["sv", "ar"], 390);

    [Fact]
    public Task PartnerAdminPages_Reflow_InEveryCulture() => CheckAsync("admin@contoso.example", ContosoPages);

    [Fact]
    public Task CspAgentPages_Reflow_InEveryCulture() => CheckAsync("agent@northwind.example", NorthwindPages);

    private async Task CheckAsync(string? user, IReadOnlyList<string> paths, IReadOnlyList<string>? cultures = null, int width = Width)
    {
        var page = await site.NewPageAsync();
        await page.SetViewportSizeAsync(width, 640);
        if (user is not null)
        {
            await SiteFixture.SignInAsync(page, user);
        }

        var failures = new List<string>();
        foreach (var culture in cultures ?? Cultures)
        {
            foreach (var path in paths)
            {
                var url = $"/{culture}{path}";
                var response = await page.GotoAsync(url);
                Assert.True(response is { Ok: true }, $"{url} answered {response?.Status}");
                if (await OverflowAsync(page) is { } problem)
                {
                    failures.Add($"{url}: {problem}");
                    await SiteFixture.ScreenshotAsync(page, $"reflow{url.Replace('/', '-').Replace('?', '-')}");
                }
            }
        }

        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, $"Pages scroll sideways at {width} px:\n{string.Join('\n', failures)}");
    }

    /// <summary>Why the page does not reflow, or null: a document wider than the viewport, or the navigation or help button outside it.</summary>
    private static Task<string?> OverflowAsync(IPage page) => page.EvaluateAsync<string?>(
        """
        () => {
          const width = document.documentElement.clientWidth;
          const problems = [];
          if (document.documentElement.scrollWidth > width) {
            problems.push(`document is ${document.documentElement.scrollWidth} px wide`);
          }
          for (const selector of ['.side-nav ul', '.side-nav a', '.top-bar', '.chat__toggle', 'main']) {
            for (const element of document.querySelectorAll(selector)) {
              const box = element.getBoundingClientRect();
              if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5)) {
                problems.push(`${selector} spans ${Math.round(box.left)}..${Math.round(box.right)} px`);
                break;
              }
            }
          }
          return problems.length ? problems.join('; ') : null;
        }
        """);
}
