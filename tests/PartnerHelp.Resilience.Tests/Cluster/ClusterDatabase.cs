using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>The cluster's PostgreSQL database, for arranging orders and checking what the nodes did.</summary>
public sealed class ClusterDatabase(string connectionString)
{
    /// <summary>A new context on the database, configured as the site's (so its saves keep the counters).</summary>
    public PartnerHelpDbContext Context()
    {
        var options = new DbContextOptionsBuilder<PartnerHelpDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString });
        return new PartnerHelpDbContext(options.Options);
    }

    /// <summary>Adds Contoso Action Pack orders, 3 days old and unused (so self-serve cancellable), optionally already cancelled.</summary>
    public async Task AddOrdersAsync(IEnumerable<string> orderIds, bool cancelled)
    {
        await using var db = Context();
        var now = DateTimeOffset.UtcNow;
        foreach (var orderId in orderIds)
        {
            var order = new MembershipOrder(orderId, "contoso", MembershipOffer.ActionPack, now.AddDays(-3), new Money(475m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
            db.MembershipOrders.Add(order);
            if (cancelled)
            {
                // What MembershipCancellation writes in one transaction: the cancellation, the refund and the outbox row.
                var refund = order.Cancel(RefundIds.For(orderId), "test", CancellationReason.NoLongerNeeded, null, now);
                db.Refunds.Add(refund);
                db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refund.Id, "en", now));
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Waits until <paramref name="condition"/> holds; <paramref name="broken"/> says why waiting is pointless (a node died), or null.</summary>
    public async Task WaitAsync(Func<PartnerHelpDbContext, Task<bool>> condition, string what, TimeSpan within, Func<string?>? broken = null, Func<string>? context = null)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            await using (var db = Context())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            if (broken?.Invoke() is { } reason)
            {
                throw new InvalidOperationException($"{reason} while waiting for {what}");
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Timed out waiting for {what}.{Environment.NewLine}{context?.Invoke()}");
    }

    /// <summary>How many of the refunds of orders starting with <paramref name="orderPrefix"/> are refunded.</summary>
    public static Task<int> RefundedAsync(PartnerHelpDbContext db, string orderPrefix) =>
        db.Refunds.CountAsync(r => r.OrderId.StartsWith(orderPrefix) && r.Status == RefundStatus.Refunded);
}
