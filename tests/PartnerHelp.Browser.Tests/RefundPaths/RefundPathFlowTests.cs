using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerHelp.Browser.Tests.Accessibility;
using static Microsoft.Playwright.Assertions;

namespace PartnerHelp.Browser.Tests.RefundPaths;

/// <summary>
/// The main action of each refund path in Chromium, through the real forms under the site's strict
/// Content-Security-Policy: suspend NW-SUB-1002 and see the credit, file a credit request with a small
/// PDF and see its reference, request the NW-3001 tax refund.
/// </summary>
[Collection(RefundPathsSiteCollection.Name)]
public sealed partial class RefundPathFlowTests(SiteFixture site)
{
    [Fact]
    public async Task Suspend_ShowsTheProratedCreditAndItsInvoiceLine_WhenAgentSuspendsNWSUB1002()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "agent@northwind.example");
        await page.GotoAsync("/en/subscriptions");
        var credit = await page.InnerTextAsync("[data-subscription='NW-SUB-1002'] [data-prorated-credit]");

        await page.ClickAsync("[data-subscription='NW-SUB-1002'] a[data-end='suspend']");
        await Expect(page.Locator("#end-convention")).ToBeVisibleAsync();
        Assert.Contains("actual days", await page.InnerTextAsync("#end-convention"), StringComparison.Ordinal);
        await AxeAssert.NoSeriousViolationsAsync(page);
        await page.CheckAsync("input[name='confirm']");
        await SiteFixture.ScreenshotAsync(page, "subscription-suspend-confirm-en");
        await page.ClickAsync("button[data-confirm-end]");
        await Expect(page.Locator("#subscription-ended")).ToBeVisibleAsync();
        Assert.EndsWith("/en/subscriptions?ended=NW-SUB-1002", page.Url, StringComparison.Ordinal);

        var message = await page.InnerTextAsync("#subscription-ended");
        Assert.Contains("Subscription NW-SUB-1002 is suspended.", message, StringComparison.Ordinal);
        Assert.Contains(Amount().Match(credit).Value, message, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#credit-lines-table [data-credit-line='NW-SUB-1002']").CountAsync());
        Assert.Equal("Suspended", await page.GetAttributeAsync("[data-subscription='NW-SUB-1002'] [data-status]", "data-status"));
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "subscription-suspended-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CreditRequest_ShowsTheReference_WhenFiledWithASmallPdf()
    {
        var page = await site.NewPageAsync("sv-SE");
        var cspErrors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspErrors.Add(m.Text);
            }
        };
        await SiteFixture.SignInAsync(page, "agent@northwind.example", "sv");
        await page.GotoAsync("/sv/credit-requests");
        await page.ClickAsync("a[data-new-credit-request]");
        await Expect(page.Locator("#credit-incident")).ToBeVisibleAsync();

        await page.SelectOptionAsync("#credit-incident", "INC-7001");
        Assert.Equal("Tailspin Toys", await page.InputValueAsync("#credit-customer"));
        Assert.StartsWith("Sista dag för den här incidenten:", await page.InnerTextAsync("#credit-deadline"), StringComparison.Ordinal);
        await page.FillAsync("#credit-description", "Postlådorna var otillgängliga i sex timmar.");
        await page.FillAsync("#credit-written", "Vi begär kredit för avbrottet. /Tailspin Toys");
        await page.SetInputFilesAsync("#credit-form", new FilePayload { Name = "kreditformular.pdf", MimeType = "application/pdf", Buffer = [.. "%PDF-1.7\n%minimal\n"u8] });
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "credit-request-filled-sv");
        await page.ClickAsync("button[data-submit-credit]");
        await Expect(page.Locator("#credit-submitted")).ToBeVisibleAsync();
        Assert.Contains("/sv/credit-requests?submitted=", page.Url, StringComparison.Ordinal);

        var reference = (await page.InnerTextAsync("#credit-submitted [data-reference]")).Trim();
        Assert.Matches("^CR-[0-9]{8}-[A-Z2-9]{6}$", reference);
        Assert.Equal("Skickad", (await page.InnerTextAsync($"[data-credit-request='{reference}'] [data-status]")).Trim());
        Assert.Empty(cspErrors);
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "credit-request-submitted-sv");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TaxRefund_ShowsTheClaimReference_WhenNorthwindRequestsNW3001()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "agent@northwind.example");
        await page.GotoAsync("/en/orders/NW-3001");

        await page.ClickAsync("button[data-request-tax-refund]");
        await Expect(page.Locator("#tax-refund-claim")).ToBeVisibleAsync();

        Assert.Equal("TX-NW-3001", (await page.InnerTextAsync("#tax-refund-claim [data-reference]")).Trim());
        Assert.Equal(0, await page.Locator("button[data-request-tax-refund]").CountAsync());
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "tax-refund-requested-en");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"SEK\s?[0-9,]+\.[0-9]{2}")]
    private static partial Regex Amount();
}
