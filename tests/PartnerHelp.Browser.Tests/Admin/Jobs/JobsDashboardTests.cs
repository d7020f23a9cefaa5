using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace PartnerHelp.Browser.Tests.Admin.Jobs;

/// <summary>Hangfire's dashboard with PartnerHelp's pages inside it, in real Chromium under the site's strict CSP.</summary>
[Collection(SiteCollection.Name)]
public sealed class JobsDashboardTests(SiteFixture site)
{
    // Playwright's init script runs outside the page's CSP; it notes every violation the page reports.
    private const string CspWatch = "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task RefundJob_IsSeenCompleting_AndNoDashboardPageBreaksTheCsp()
    {
        var page = await site.NewPageAsync();
        await page.AddInitScriptAsync(CspWatch);
        await SiteFixture.SignInAsync(page, "ops@partnerhelp.example");
        var refundId = await CancelledOrderAsync("BT-5001");

        // The page is drawn by the server: it shows the jobs' result once reloaded after they have finished the refund.
        await page.GotoAsync($"/admin/jobs/refunds/{refundId}");
        await page.ExpectAfterReloadAsync(
            $"{refundId} to be refunded",
            () => Expect(page.Locator("dl.partnerhelp-facts dt:text-is('Refund status') + dd")).ToHaveTextAsync("Refunded", new() { Timeout = 1_000 }),
            TimeSpan.FromSeconds(90));
        await SiteFixture.ScreenshotAsync(page, "jobs-refund-completed");

        var violations = new List<string>();
        foreach (var path in new[] { "/admin/jobs", "/admin/jobs/jobs/succeeded", "/admin/jobs/recurring", "/admin/jobs/servers", "/admin/jobs/retries", "/admin/jobs/refunds?status=Refunded", "/admin/jobs/schedules", "/admin/jobs/audit" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            violations.AddRange((await page.EvaluateAsync<string[]>("window.__csp")).Select(v => $"{path}: {v}"));
        }

        // The overview's live graph is drawn by Hangfire's script (blocked scripts would leave it empty).
        await page.GotoAsync("/admin/jobs");
        await Expect(page.Locator("#realtimeGraph")).ToBeVisibleAsync();
        await SiteFixture.ScreenshotAsync(page, "jobs-overview");
        await page.GotoAsync("/admin/jobs/jobs/succeeded");
        await Expect(page.Locator("table")).ToContainTextAsync($"Pay refund {refundId} (order BT-5001)");
        Assert.Empty(violations);
    }

    [Fact]
    public async Task PauseButton_AsksForConfirmation_PausesAndResumes()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "ops@partnerhelp.example");
        await page.GotoAsync("/admin/jobs/schedules");
        string? asked = null;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };

        var row = page.Locator("tr[data-recurring='window-notices']");
        await row.Locator("button[data-ajax]").ClickAsync();

        await Expect(page.Locator("tr[data-recurring='window-notices'][data-paused='true']")).ToHaveCountAsync(1);
        Assert.StartsWith("Pause “Notify partners whose cancellation window closes within 48 hours”?", asked, StringComparison.Ordinal);
        await SiteFixture.ScreenshotAsync(page, "jobs-schedules-paused");
        await page.Locator("tr[data-recurring='window-notices'] button[data-ajax]").ClickAsync();
        await Expect(page.Locator("tr[data-recurring='window-notices'][data-paused='true']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Dashboard_IsLaidOutRightToLeft_InArabic()
    {
        var page = await site.NewPageAsync("ar");
        await SiteFixture.SignInAsync(page, "ops@partnerhelp.example", "ar");

        await page.GotoAsync("/admin/jobs/refunds");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await Expect(page.Locator(".navbar")).ToContainTextAsync("إعادات المحاولة");
        await SiteFixture.ScreenshotAsync(page, "jobs-refunds-ar");
    }

    /// <summary>An order of its own (CT-1001 belongs to the pages' tests), cancelled as the cancel flow writes it: refund plus outbox row.</summary>
    private async Task<string> CancelledOrderAsync(string orderId)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var now = DateTimeOffset.UtcNow;
        var order = new MembershipOrder(orderId, "contoso", MembershipOffer.ActionPack, now.AddDays(-2), new Money(475m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
        db.MembershipOrders.Add(order);
        var refund = order.Cancel(RefundIds.For(orderId), "browser-test", CancellationReason.NoLongerNeeded, null, now);
        db.Refunds.Add(refund);
        db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refund.Id, "en", now));
        await db.SaveChangesAsync();
        return refund.Id;
    }
}
