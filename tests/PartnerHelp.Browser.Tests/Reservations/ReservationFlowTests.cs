using Microsoft.Playwright;
using PartnerHelp.Browser.Tests.Accessibility;
using static Microsoft.Playwright.Assertions;

namespace PartnerHelp.Browser.Tests.Reservations;

/// <summary>
/// A CSP agent in Chromium: customers, then a reservation; copy its ids, return it (the refund enters the
/// pipeline), and exchange another one after reading the arithmetic. Runs on its own site because it changes data.
/// </summary>
[Collection(ReservationsAndStoreSiteCollection.Name)]
public sealed class ReservationFlowTests(SiteFixture site)
{
    private const string Vm = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    [Fact]
    public async Task Return_ShowsTheRequestedRefund_WhenAgentCopiesTheIdAndReturnsTheVmReservation()
    {
        var page = await site.NewPageAsync();
        var cspErrors = WatchCsp(page);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl });
        await SiteFixture.SignInAsync(page, "agent@northwind.example");
        await page.GotoAsync("/en/reservations");

        await page.ClickAndWaitForUrlAsync("[data-customer-link='c-tailspin']", "**/en/reservations/customers/c-tailspin");
        await page.ClickAndWaitForUrlAsync($"[data-manage='{Vm}']", $"**/en/reservations/{Vm}");

        await page.BringToFrontAsync(); // the async clipboard only writes from a focused document
        await page.ClickAsync("button[data-copy='reservation-id']");
        await Expect(page.Locator("[data-copy-status]:has-text('Copied to the clipboard.')")).ToBeVisibleAsync();
        Assert.Equal(Vm, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await SiteFixture.ScreenshotAsync(page, "reservation-detail-en");

        await page.ClickAndWaitForUrlAsync("a[data-return]", $"**/en/reservations/{Vm}/return");
        var summary = await page.InnerTextAsync("#return-refund");
        Assert.StartsWith("Prorated refund for the unused part of the term", summary, StringComparison.Ordinal);
        await page.CheckAsync("input[name='Confirm']");
        await SiteFixture.ScreenshotAsync(page, "reservation-return-en");
        await page.ClickAndWaitForUrlAsync("button[data-confirm-return]", $"**/en/reservations/{Vm}?done=returned");

        Assert.Contains("The reservation was returned. Refund RF-" + Vm, await page.InnerTextAsync("#reservation-done"), StringComparison.Ordinal);
        // The refund job picks the refund up at once, so any state of the pipeline may show.
        Assert.Contains((await page.InnerTextAsync("#reservation-refund [data-refund-status-text]")).Trim(), new[] { "Requested", "Processing", "Refunded" });
        Assert.Equal("Returned", (await page.InnerTextAsync("dd[data-status]")).Trim());
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "reservation-returned-en");
        Assert.Empty(cspErrors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Exchange_ShowsTheArithmeticThenTheNewReservation_WhenAgentExchangesTheSqlReservationInSwedish()
    {
        var page = await site.NewPageAsync("sv-SE");
        var cspErrors = WatchCsp(page);
        await SiteFixture.SignInAsync(page, "agent@northwind.example", "sv");
        await page.GotoAsync("/sv/reservations/customers/c-wideworld");
        await page.ClickAsync("[data-manage]");
        await page.ClickAndWaitForUrlAsync("a[data-exchange]", "**/sv/reservations/*/exchange");

        // A cheaper purchase is refused with the reason and the amounts.
        await page.FillAsync("#exchange-sku", "SQL Database vCore Gen5 8");
        await page.FillAsync("#exchange-price", "1 000");
        await page.ClickAsync("button[data-quote-exchange]");
        await Expect(page.Locator("#exchange-reasons [data-reason='ExchangeNotHigherValue']")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("button[data-confirm-exchange]").CountAsync());
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "reservation-exchange-refused-sv");

        await page.FillAsync("#exchange-price", "150 000,00");
        await page.ClickAsync("button[data-quote-exchange]");
        await Expect(page.Locator("#exchange-arithmetic[data-allowed='true']")).ToBeVisibleAsync();
        var dueNow = await page.InnerTextAsync("[data-due-now]");
        Assert.EndsWith("kr", dueNow.Trim(), StringComparison.Ordinal); // SEK in Swedish
        Assert.Contains("ska betalas nu", await page.InnerTextAsync("#exchange-arithmetic"), StringComparison.Ordinal);
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "reservation-exchange-quote-sv");
        await page.ClickAndWaitForUrlAsync("button[data-confirm-exchange]", "**/sv/reservations/customers/c-wideworld?exchanged=*");

        Assert.Contains("SQL Database vCore Gen5 8", await page.InnerTextAsync("#exchange-confirmation"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-reservation][data-status='Exchanged']").CountAsync());
        Assert.Equal(1, await page.Locator("[data-reservation][data-status='Active']").CountAsync());
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "reservation-exchanged-sv");
        Assert.Empty(cspErrors);
        await page.Context.CloseAsync();
    }

    private static List<string> WatchCsp(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(message.Text);
            }
        };
        return errors;
    }
}
