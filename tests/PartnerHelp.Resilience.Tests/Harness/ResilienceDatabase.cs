using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>The site's SQLite database seen from the test: seeding orders before the batch, waiting for the jobs, reading results.</summary>
internal sealed class ResilienceDatabase(string path)
{
    public string Path { get; } = path;

    /// <summary>Quartz's own file beside the application database (see JobsPaths).</summary>
    public string QuartzPath => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileNameWithoutExtension(Path) + ".quartz" + System.IO.Path.GetExtension(Path));

    public PartnerHelpDbContext Context()
    {
        // Configured as the site configures its contexts, so the test's saves keep the counters as the site's do.
        var options = new DbContextOptionsBuilder<PartnerHelpDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false, DefaultTimeout = 30 }.ToString(),
        });
        return new PartnerHelpDbContext(options.Options);
    }

    /// <summary>
    /// Adds <paramref name="count"/> active Contoso orders that the eligibility service lets a partner admin cancel
    /// (credit card, 3 days old, nothing used); amounts vary so a refund paid for the wrong order shows in the sums.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddEligibleOrdersAsync(string prefix, int count)
    {
        await using var db = Context();
        var now = DateTimeOffset.UtcNow;
        var ids = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var id = $"{prefix}-{i:0000}";
            db.MembershipOrders.Add(new MembershipOrder(id, "contoso", MembershipOffer.ActionPack, now.AddDays(-3), new Money(400m + i, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242"));
            ids.Add(id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>
    /// Adds <paramref name="count"/> Contoso orders already cancelled the way MembershipCancellation writes them (the
    /// cancellation, a Requested refund and an outbox row in one transaction), for suites about the refund jobs.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddCancelledOrdersAsync(string prefix, int count)
    {
        var ids = await AddEligibleOrdersAsync(prefix, count);
        await using var db = Context();
        var now = DateTimeOffset.UtcNow;
        foreach (var order in await db.MembershipOrders.Where(o => ids.Contains(o.Id)).ToListAsync())
        {
            var refund = order.Cancel(RefundIds.For(order.Id), "test", CancellationReason.NoLongerNeeded, null, now);
            db.Refunds.Add(refund);
            db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refund.Id, "en", now));
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> otherwise.</summary>
    public async Task WaitAsync(Func<PartnerHelpDbContext, Task<bool>> condition, string what, TimeSpan within)
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

            await Task.Delay(250);
        }

        throw new TimeoutException($"Timed out after {within} waiting for {what}.");
    }
}
