using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Browser.Tests.Accessibility;

namespace PartnerHelp.Browser.Tests.Memberships;

/// <summary>
/// Cancelling CT-1001 through the real form in Chromium, then following the refund live: the page must
/// pick up each state change without a reload, under the site's strict Content-Security-Policy.
/// Runs on its own site (<see cref="CancelSiteCollection"/>) because it changes the demo data.
/// </summary>
[Collection(CancelSiteCollection.Name)]
public sealed class CancelFlowTests(SiteFixture site)
{
    [Fact]
    public async Task Cancel_ShowsConfirmationAndLiveRefundProgress_WhenAdminCancelsCT1001()
    {
        var page = await site.OpenPageAsync();
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

        await page.ClickAsync("[data-cancel-order='CT-1001']");
        await page.WaitForURLAsync("**/en/memberships/CT-1001/cancel");
        await page.CheckAsync("input[name='Input.Reason'][value='PurchasedByMistake']");
        await page.FillAsync("#cancel-note", "Bought twice by two colleagues.");
        await page.CheckAsync("input[name='Input.ConfirmAuthority']");
        await SiteFixture.ScreenshotAsync(page, "cancel-form-filled-en");
        await page.ClickAsync("button[data-confirm-cancel]");
        await page.WaitForURLAsync("**/en/memberships/CT-1001/cancelled");

        Assert.Equal("Order CT-1001 is cancelled", (await page.InnerTextAsync("main h1")).Trim());
        Assert.Contains("Partner Success Core order CT-1001 was cancelled", await page.InnerTextAsync("#cancel-confirmation"), StringComparison.Ordinal);
        Assert.Equal("Requested", (await page.InnerTextAsync("[data-refund-status-text]")).Trim());
        Assert.Contains("waiting to be sent to the payment processor", await page.InnerTextAsync("[data-refund-message]"), StringComparison.Ordinal);
        await AxeAssert.NoSeriousViolationsAsync(page);
        await SiteFixture.ScreenshotAsync(page, "cancel-confirmation-requested-en");

        // What the jobs will do: processing, then settled. The open page must follow on its own.
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await MoveRefundAsync(refund => refund.StartProcessing(Now()));
        await page.WaitForSelectorAsync("[data-refund-progress][data-refund-status='Processing']", new() { Timeout = 60_000 });
        Assert.Equal("Processing", (await page.InnerTextAsync("[data-refund-status-text]")).Trim());

        await MoveRefundAsync(refund => refund.MarkRefunded(Now(), "SIM-TEST-1"));
        await page.WaitForSelectorAsync("[data-refund-progress][data-refund-status='Refunded']", new() { Timeout = 60_000 });

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
        var page = await site.OpenPageAsync("sv-SE");
        await SiteFixture.SignInAsync(page, "user@contoso.example", "sv");

        await page.GotoAsync("/sv/orders/CT-1008");

        Assert.Equal("Behandlas", (await page.InnerTextAsync("[data-refund-status-text]")).Trim());
        await SiteFixture.ScreenshotAsync(page, "order-detail-refund-sv");
        await page.Context.CloseAsync();
    }

    private DateTimeOffset Now() => site.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private async Task MoveRefundAsync(Action<Refund> move)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var refund = await db.Refunds.Include(r => r.Transitions).SingleAsync(r => r.OrderId == "CT-1001");
        move(refund);
        await db.SaveChangesAsync();
    }
}
