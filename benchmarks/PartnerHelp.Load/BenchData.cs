using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Load;

/// <summary>Seeds a bench database the site has already created (schema and demo data) with extra orders and refunds.</summary>
public static class BenchData
{
    /// <summary>Order numbers of bench orders on the memberships page: BN, the partner's initial, a dash (BNC-100003 is Contoso's).</summary>
    public static string PageOrderId(string partnerId, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"BN{char.ToUpperInvariant(partnerId[0])}-{100000 + index}");

    /// <summary>Order numbers of orders cancelled for the jobs benchmark.</summary>
    public const string JobOrderPrefix = "JB-";

    /// <summary>A context over <paramref name="database"/> with change tracking for bulk inserts only.</summary>
    public static PartnerHelpDbContext Open(DatabaseOptions database)
    {
        var options = new DbContextOptionsBuilder<PartnerHelpDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, database);
        var db = new PartnerHelpDbContext(options.Options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    /// <summary>Gives <paramref name="partnerId"/> orders until it has <paramref name="total"/> (demo orders count).</summary>
    public static async Task SeedOrdersAsync(DatabaseOptions database, string partnerId, int total)
    {
        await using var db = Open(database);
        var partner = await db.Partners.SingleAsync(p => p.Id == partnerId);
        var existing = await db.MembershipOrders.CountAsync(o => o.PartnerId == partnerId);
        var now = TimeProvider.System.GetUtcNow();
        var offers = Enum.GetValues<MembershipOffer>();
        for (var i = existing; i < total; i++)
        {
            // A spread of ages and payment methods, so the page renders every kind of decision.
            var method = i % 3 == 0 ? PaymentMethod.WireTransfer : PaymentMethod.CreditCard;
            var order = new MembershipOrder(
                PageOrderId(partnerId, i), partnerId, offers[i % offers.Length],
                now.AddDays(-(i % 60)).AddMinutes(-i), new Money(500m + (i * 7 % 1500), partner.Currency), method,
                method == PaymentMethod.WireTransfer ? "IBAN •••• 7731" : "Visa •••• 4242");
            if (i % 5 == 1)
            {
                order.RecordBenefitActivated(MembershipBenefit.VisualStudioSubscriptions, order.PurchasedAt.AddHours(1));
            }

            db.MembershipOrders.Add(order);
        }

        await db.SaveChangesAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {partnerId}: {Math.Max(existing, total)} membership orders"));
    }

    /// <summary>The order numbers of jobs-benchmark batch <paramref name="batch"/> (a warm-up and a measured batch run one site).</summary>
    public static string JobOrders(string batch) => $"{JobOrderPrefix}{batch}-";

    /// <summary>Order <paramref name="index"/> of jobs-benchmark batch <paramref name="batch"/>.</summary>
    public static string JobOrder(string batch, int index) => string.Create(CultureInfo.InvariantCulture, $"{JobOrders(batch)}{100000 + index}");

    /// <summary>
    /// Gives Contoso the new orders <paramref name="ids"/>, bought two days ago by card, so its admin may cancel each of
    /// them on the cancel page.
    /// </summary>
    public static async Task SeedCancellableOrdersAsync(DatabaseOptions database, IEnumerable<string> ids)
    {
        await using var db = Open(database);
        var now = TimeProvider.System.GetUtcNow();
        foreach (var id in ids)
        {
            db.MembershipOrders.Add(NewJobOrder(id, now));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Cancels <paramref name="count"/> new orders of Contoso in batch <paramref name="batch"/>, each with its Requested
    /// refund and outbox row, as the cancel page would.
    /// </summary>
    public static async Task SeedRefundsAsync(DatabaseOptions database, string batch, int count)
    {
        await using var db = Open(database);
        var admin = await db.Users.SingleAsync(u => u.NormalizedEmail == "ADMIN@CONTOSO.EXAMPLE");
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            var order = NewJobOrder(JobOrder(batch, i), now);
            var refund = order.Cancel(RefundIds.For(order.Id), admin.Id, CancellationReason.NoLongerNeeded, null, now);
            db.MembershipOrders.Add(order);
            db.Refunds.Add(refund);
            db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refund.Id, "en", now));
        }

        await db.SaveChangesAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {count} requested refunds (batch {batch})"));
    }

    /// <summary>
    /// Seeds batch <paramref name="batch"/> (as <see cref="SeedRefundsAsync"/>) and waits for it (as
    /// <see cref="WaitForRefundsAsync"/>) in one process whose start-up and query compilation are over before the first
    /// refund exists, so the measured window holds the site's work and a 250 ms poll, not a client process starting.
    /// </summary>
    public static async Task<int> RunRefundsAsync(DatabaseOptions database, string batch, int count, TimeSpan timeout)
    {
        await using (var db = Open(database))
        {
            var refunds = BatchRefunds(db, batch);
            if (await refunds.AnyAsync())
            {
                await Console.Error.WriteLineAsync($"batch {batch} exists already");
                return 2;
            }

            // The poll's queries, compiled now rather than inside the measured window.
            _ = await CountRefundedAsync(refunds);
            _ = await TimesAsync(refunds);
        }

        await SeedRefundsAsync(database, batch, count);
        return await WaitForRefundsAsync(database, batch, count, timeout);
    }

    /// <summary>
    /// Waits until every refund of batch <paramref name="batch"/> is Refunded, then prints refunds per second from the
    /// first one's start of processing to the last one's completion (the jobs' own timestamps, so start-up time is not
    /// counted).
    /// </summary>
    public static async Task<int> WaitForRefundsAsync(DatabaseOptions database, string batch, int count, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using var db = Open(database);
            var refunds = BatchRefunds(db, batch);
            var done = await CountRefundedAsync(refunds);
            if (done >= count)
            {
                var times = await TimesAsync(refunds);
                var first = times.Min(t => t.ProcessingAt!.Value);
                var last = times.Max(t => t.CompletedAt!.Value);
                var seconds = Math.Max((last - first).TotalSeconds, 0.001);
                var each = times.Select(t => (t.CompletedAt!.Value - t.ProcessingAt!.Value).TotalMilliseconds).Order().ToArray();
                double At(double share) => each[Math.Min(each.Length - 1, (int)(share * each.Length))];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"figure refunds_per_second {done / seconds:F1} ({done} refunds in {seconds:F2} s)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"figure refund_processing_ms median {At(0.5):F1}, p99 {At(0.99):F1}, max {each[^1]:F1} (Processing to Refunded, each refund)"));
                return 0;
            }

            if (waited.Elapsed > timeout)
            {
                var failed = await refunds.CountAsync(r => r.Status == RefundStatus.Failed);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"figure refunds_per_second 0 (timeout: {done} of {count} refunded, {failed} failed)"));
                return 1;
            }

            await Task.Delay(250);
        }
    }

    private static MembershipOrder NewJobOrder(string id, DateTimeOffset now) => new(
        id, "contoso", MembershipOffer.PartnerSuccessCore, now.AddDays(-2), new Money(1765m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");

    /// <summary>The refunds of jobs-benchmark batch <paramref name="batch"/>, read without tracking.</summary>
    private static IQueryable<Refund> BatchRefunds(PartnerHelpDbContext db, string batch) => RefundsOf(db, JobOrders(batch));

    /// <summary>The refunds of the orders whose ids start with <paramref name="orderPrefix"/>, read without tracking.</summary>
    internal static IQueryable<Refund> RefundsOf(PartnerHelpDbContext db, string orderPrefix)
    {
        var prefix = RefundIds.For(orderPrefix);
        return db.Refunds.AsNoTracking().Where(r => r.Id.StartsWith(prefix));
    }

    private static Task<int> CountRefundedAsync(IQueryable<Refund> refunds) => refunds.CountAsync(r => r.Status == RefundStatus.Refunded);

    /// <summary>When each refund started processing and when it completed.</summary>
    private static Task<List<RefundTimes>> TimesAsync(IQueryable<Refund> refunds) =>
        refunds.Select(r => new RefundTimes(r.ProcessingAt, r.CompletedAt)).ToListAsync();

    private sealed record RefundTimes(DateTimeOffset? ProcessingAt, DateTimeOffset? CompletedAt);
}
