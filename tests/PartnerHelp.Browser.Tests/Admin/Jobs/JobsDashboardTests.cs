using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Browser.Tests.Admin.Jobs;

[Collection(SiteCollection.Name)]
public sealed class JobsDashboardTests(SiteFixture site)
{
    [Fact]
    public async Task RefundJob_IsSeenCompletingOnTheDashboard_WhenAnOperatorWatches()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "ops@partnerhelp.example");
        await page.GotoAsync("/admin/jobs");
        await page.WaitForSelectorAsync("svg[data-live-graph][data-updated]");

        var refundId = await CancelledOrderAsync("BT-5001");
        await page.GotoAsync($"/admin/jobs/job/refunds.{refundId}");
        var status = page.Locator("[data-refund-status='Refunded']");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await status.CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            // The page appears once the dispatcher has scheduled the job; the refund moves as the jobs run.
            await Task.Delay(1000);
            await page.GotoAsync($"/admin/jobs/job/refunds.{refundId}");
        }

        Assert.Equal("Refunded", await status.GetAttributeAsync("data-refund-status"));
        Assert.True(await page.Locator("tr.jobs-attempt[data-outcome='Succeeded']").CountAsync() >= 1);
        await SiteFixture.ScreenshotAsync(page, "jobs-refund-completed");

        await page.GotoAsync("/admin/jobs");
        await page.WaitForSelectorAsync("svg[data-live-graph][data-updated]");
        await SiteFixture.ScreenshotAsync(page, "jobs-overview");

        await page.GotoAsync("/admin/jobs/refunds?status=Refunded");
        Assert.Equal(1, await page.Locator($"tr[data-refund='{refundId}'][data-status='Refunded']").CountAsync());
        await SiteFixture.ScreenshotAsync(page, "jobs-refunds-board");
    }

    [Fact]
    public async Task PauseButton_AsksForConfirmationAndPauses_WhenOperatorAccepts()
    {
        var page = await site.NewPageAsync();
        await SiteFixture.SignInAsync(page, "ops@partnerhelp.example");
        await page.GotoAsync("/admin/jobs/recurring");
        string? asked = null;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };

        var row = page.Locator("tr[data-job='recurring.window-notices']");
        await row.Locator("button.jobs-action__button--pause").ClickAsync();
        await page.WaitForSelectorAsync(".jobs-message-banner");

        Assert.Equal("Pause recurring.window-notices: are you sure?", asked);
        Assert.Contains("done", await page.Locator(".jobs-message-banner").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("tr[data-job='recurring.window-notices'] button.jobs-action__button--resume").CountAsync());
        await SiteFixture.ScreenshotAsync(page, "jobs-recurring-paused");
        await page.Locator("tr[data-job='recurring.window-notices'] button.jobs-action__button--resume").ClickAsync();
        await page.WaitForSelectorAsync("tr[data-job='recurring.window-notices'] button.jobs-action__button--pause");
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
