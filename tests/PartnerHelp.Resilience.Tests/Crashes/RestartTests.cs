using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Crashes;

public sealed class RestartTests
{
    private const int Refunds = 8;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Jobs:PaymentSimulator:Latency"] = "00:00:01.500",
        ["Jobs:PaymentSimulator:TransientFailureRate"] = "0.2",
        ["Jobs:PaymentSimulator:Seed"] = "7",
        ["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:02",
        ["Jobs:StatusPollInterval"] = "00:00:00.500",
        ["Jobs:OutboxPollInterval"] = "00:00:00.200",
        ["Jobs:RetryInitialDelay"] = "00:00:00.500",
        ["Jobs:RetryMaxDelay"] = "00:00:02",
        ["Jobs:MaxConcurrency"] = "3",
    };

    [Fact]
    public async Task Refunds_CompleteExactlyOnce_WhenProcessIsKilledWhileTheyAreInFlight()
    {
        using var folder = new TempDirectory("partnerhelp-restart");
        var database = folder.File("partnerhelp.db");
        var orders = Enumerable.Range(1, Refunds).Select(i => $"RS-{i:0000}").ToList();

        using (var first = await SiteProcess.StartAsync(database, Settings))
        {
            await CancelOrdersAsync(database, orders);
            await WaitAsync(database, async db => await db.PayoutLedger.CountAsync(e => e.RefundId.StartsWith("RF-RS-")) > 0, "a first payout");
            await using (var db = Context(database))
            {
                Assert.True(await db.Refunds.CountAsync(r => r.OrderId.StartsWith("RS-") && r.Status != RefundStatus.Refunded) > 0, "Refunds should still be in flight when the process is killed.");
            }

            first.KillHard();
        }

        using var second = await SiteProcess.StartAsync(database, Settings);
        await WaitAsync(database, async db => await db.Refunds.CountAsync(r => r.OrderId.StartsWith("RS-") && r.Status == RefundStatus.Refunded) == Refunds, "every refund to be refunded", TimeSpan.FromSeconds(90));

        await using var check = Context(database);
        var payouts = await check.PayoutLedger.Where(e => e.RefundId.StartsWith("RF-RS-")).GroupBy(e => e.RefundId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Refunds, payouts.Count);
        Assert.All(payouts, count => Assert.Equal(1, count));
        var notices = await check.PartnerNotifications.Where(n => n.Kind == NotificationKinds.RefundCompleted && n.Subject.StartsWith("RF-RS-")).CountAsync();
        Assert.Equal(Refunds, notices);
        var refunds = await check.Refunds.Where(r => r.OrderId.StartsWith("RS-")).ToListAsync();
        var ledger = await check.PayoutLedger.Where(e => e.RefundId.StartsWith("RF-RS-")).ToDictionaryAsync(e => e.RefundId, e => e.Reference);
        Assert.All(refunds, r => Assert.Equal(ledger[r.Id], r.ProcessorReference));

        // The kill really cut runs off, and the restarted scheduler recovered them.
        var attempts = await check.JobAttempts.Where(a => a.JobName.StartsWith("RF-RS-")).ToListAsync();
        Assert.Contains(attempts, a => a.Outcome == JobAttemptOutcomes.Running && a.FinishedAt == null);
        Assert.Contains(attempts, a => a.Recovering);
    }

    private static async Task CancelOrdersAsync(string database, IEnumerable<string> orderIds)
    {
        await using var db = Context(database);
        var now = DateTimeOffset.UtcNow;
        foreach (var orderId in orderIds)
        {
            // What MembershipCancellation writes in one transaction: the cancellation, the refund and the outbox row.
            var order = new MembershipOrder(orderId, "contoso", MembershipOffer.ActionPack, now.AddDays(-3), new Money(475m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
            db.MembershipOrders.Add(order);
            var refund = order.Cancel(RefundIds.For(orderId), "test", CancellationReason.NoLongerNeeded, null, now);
            db.Refunds.Add(refund);
            db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refund.Id, "sv", now));
        }

        await db.SaveChangesAsync();
    }

    private static async Task WaitAsync(string database, Func<PartnerHelpDbContext, Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            await using var db = Context(database);
            if (await condition(db))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Timed out waiting for {what}.");
    }

    private static PartnerHelpDbContext Context(string database)
    {
        var options = new DbContextOptionsBuilder<PartnerHelpDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false, DefaultTimeout = 30 }.ToString())
            .Options;
        return new PartnerHelpDbContext(options);
    }
}
