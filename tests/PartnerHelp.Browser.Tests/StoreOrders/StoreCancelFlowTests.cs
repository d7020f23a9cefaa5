using PartnerHelp.Browser.Tests.Accessibility;
using static Microsoft.Playwright.Assertions;

namespace PartnerHelp.Browser.Tests.StoreOrders;

/// <summary>Cancelling the pre-order item SO-5001-1 in Chromium: tick, review, confirm, see the confirmation. Own site: it changes data.</summary>
[Collection(ReservationsAndStoreSiteCollection.Name)]
public sealed class StoreCancelFlowTests(SiteFixture site)
{
    [Fact]
    public async Task Cancel_ShowsTheConfirmationAndEmailNotice_WhenAdminCancelsThePreOrderItem()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "admin@contoso.example");
        await page.GotoAsync("/en/store-orders");

        Assert.True(await page.IsDisabledAsync("#item-SO-5001-2"));
        Assert.Contains("Ask for an exchange or a refund of the item instead.", await page.InnerTextAsync("#reasons-SO-5001-2"), StringComparison.Ordinal);
        await page.CheckAsync("#item-SO-5001-1");
        await page.ClickAsync("button[data-review-store-cancel='SO-5001']");
        await Expect(page.Locator("#store-review [data-review-item='SO-5001-1']")).ToBeVisibleAsync();
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "store-orders-review-en");

        await page.ClickAndWaitForUrlAsync("button[data-confirm-store-cancel]", "**/en/store-orders?cancelled=SO-5001");

        var confirmation = await page.InnerTextAsync("#store-cancel-confirmation");
        Assert.Contains("The selected items of order SO-5001 are cancelled.", confirmation, StringComparison.Ordinal);
        Assert.Contains("A confirmation e-mail is on its way.", confirmation, StringComparison.Ordinal);
        Assert.StartsWith("Cancelled on", (await page.InnerTextAsync("[data-item='SO-5001-1'] [data-state]")).Trim(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("button[data-review-store-cancel]").CountAsync());
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "store-orders-cancelled-en");
        await page.Context.CloseAsync();
    }
}
