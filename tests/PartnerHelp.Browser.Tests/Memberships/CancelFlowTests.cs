using Microsoft.Playwright;
using PartnerHelp.Browser.Tests.Accessibility;
using static Microsoft.Playwright.Assertions;

namespace PartnerHelp.Browser.Tests.Memberships;

/// <summary>
/// Cancelling CT-1001 through the real form in Chromium, then following the refund live while the real
/// refund jobs pay and settle it: the page must pick up each state change without a reload, under the
/// site's strict Content-Security-Policy.
/// Runs on its own site (<see cref="CancelSiteCollection"/>) because it changes the demo data.
/// </summary>
[Collection(CancelSiteCollection.Name)]
public sealed class CancelFlowTests(SiteFixture site)
{
    [Fact]
    public async Task Cancel_ShowsConfirmationAndLiveRefundProgress_WhenAdminCancelsCT1001()
    {
        var page = await site.NewPageAsync();
        var cspErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspErrors.Add(message.Text);
            }
        };
        await SiteFixture.SignInAsync(page, "admin@contoso.example");
        await page.GotoAsync("/en/memberships");

        await page.ClickAndWaitForUrlAsync("[data-cancel-order='CT-1001']", "**/en/memberships/CT-1001/cancel");
        await page.CheckAsync("input[name='Input.Reason'][value='PurchasedByMistake']");
        await page.FillAsync("#cancel-note", "Bought twice by two colleagues.");
        await page.CheckAsync("input[name='Input.ConfirmAuthority']");
        await SiteFixture.ScreenshotAsync(page, "cancel-form-filled-en");
        await page.ClickAndWaitForUrlAsync("button[data-confirm-cancel]", "**/en/memberships/CT-1001/cancelled");

        Assert.Equal("Order CT-1001 is cancelled", (await page.InnerTextAsync("main h1")).Trim());
        Assert.Contains("Partner Success Core order CT-1001 was cancelled", await page.InnerTextAsync("#cancel-confirmation"), StringComparison.Ordinal);
        // The refund jobs run for real here: the page may already show Processing.
        Assert.Contains((await page.InnerTextAsync("[data-refund-status-text]")).Trim(), new[] { "Requested", "Processing" });
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "cancel-confirmation-in-progress-en");

        // The jobs pay and settle the refund; the open page must follow on its own, without a reload.
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await Expect(page.Locator("[data-refund-progress]")).ToHaveAttributeAsync("data-refund-status", "Refunded");

        Assert.StartsWith("Success: $1,765.00 was refunded to Visa •••• 4242", (await page.InnerTextAsync("[data-refund-message]")).Trim(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator(".timeline__step--reached").CountAsync());
        Assert.Equal(0, navigations);
        Assert.Empty(cspErrors);
        await SiteFixture.ScreenshotAsync(page, "cancel-confirmation-refunded-en");

        await page.GotoAsync("/en/memberships");
        Assert.Equal(0, await page.Locator("a[data-cancel-order]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OrderDetail_ShowsTheProcessingRefundInSwedish_WhenDemoOrderWasCancelled()
    {
        var page = await site.NewPageAsync("sv-SE");
        await SiteFixture.SignInAsync(page, "user@contoso.example", "sv");

        await page.GotoAsync("/sv/orders/CT-1008");

        Assert.Equal("Behandlas", (await page.InnerTextAsync("[data-refund-status-text]")).Trim());
        await SiteFixture.ScreenshotAsync(page, "order-detail-refund-sv");
        await page.Context.CloseAsync();
    }
}
