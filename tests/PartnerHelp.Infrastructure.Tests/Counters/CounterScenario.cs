using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Persistence.Counters;

namespace PartnerHelp.Infrastructure.Tests.Counters;

/// <summary>
/// Walks refunds through every kind of save (seed, cancellation, state changes, a rolled-back transaction, a
/// lost concurrency race, a delete) and after each compares the counters with the rows they count.
/// The same walk runs on SQLite and on PostgreSQL.
/// </summary>
internal static class CounterScenario
{
    public static async Task RunAsync(TestServices services)
    {
        await services.InitializeAsync();
        await AssertTotalsMatchAsync(services, "after the demo data");

        var admin = await services.RequesterAsync("admin@contoso.example");
        var cancelled = await services.InScopeAsync(sp => sp.GetRequiredService<MembershipCancellation>().CancelAsync("CT-1001", admin, CancellationReason.NoLongerNeeded, null));
        Assert.Equal(CancellationStatus.Cancelled, cancelled.Status);
        await AssertTotalsMatchAsync(services, "after a cancellation");

        await UpdateRefundAsync(services, "CT-1001", (refund, now) => refund.StartProcessing(now));
        await UpdateRefundAsync(services, "CT-1001", (refund, now) => refund.MarkRefunded(now, "PAY-1"));
        await AssertTotalsMatchAsync(services, "after processing and settling");

        // A save inside a transaction that is rolled back leaves the counters as they were.
        var before = await TotalsAsync(services);
        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Refunds.Remove(await db.Refunds.SingleAsync(r => r.OrderId == "CT-1001"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });
        Assert.Equal(before, await TotalsAsync(services));
        await AssertTotalsMatchAsync(services, "after a rollback");

        // Two saves race for one refund: the loser's save fails (version check or transition key) and counts nothing.
        await services.InScopeAsync(async sp =>
        {
            var loser = sp.GetRequiredService<PartnerHelpDbContext>();
            var stale = await loser.Refunds.Include(r => r.Transitions).SingleAsync(r => r.OrderId == "CT-1008");
            await UpdateRefundAsync(services, "CT-1008", (refund, now) => refund.MarkFailed(now, "declined"));
            stale.MarkFailed(services.Clock.GetUtcNow(), "declined twice");
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => loser.SaveChangesAsync());
            return 0;
        });
        await AssertTotalsMatchAsync(services, "after a lost race");

        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            db.Refunds.Remove(await db.Refunds.SingleAsync(r => r.OrderId == "CT-1001"));
            return await db.SaveChangesAsync();
        });
        await AssertTotalsMatchAsync(services, "after a delete");
    }

    private static Task UpdateRefundAsync(TestServices services, string orderId, Action<Refund, DateTimeOffset> change) =>
        services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            var refund = await db.Refunds.Include(r => r.Transitions).SingleAsync(r => r.OrderId == orderId);
            change(refund, services.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

    private static async Task AssertTotalsMatchAsync(TestServices services, string when)
    {
        var expected = await services.InScopeAsync(async sp =>
        {
            var refunds = await sp.GetRequiredService<PartnerHelpDbContext>().Refunds.AsNoTracking().ToListAsync();
            return refunds.GroupBy(r => (Status: r.Status.ToString(), r.Currency))
                .ToDictionary(g => $"{g.Key.Status}/{g.Key.Currency}", g => (Count: (long)g.Count(), Hundredths: g.Sum(r => ChangeCounters.Hundredths(r.Amount))));
        });
        var actual = await TotalsAsync(services);
        Assert.True(
            expected.OrderBy(e => e.Key, StringComparer.Ordinal).SequenceEqual(actual.OrderBy(e => e.Key, StringComparer.Ordinal)),
            $"{when}: counted {Show(actual)}, refunds table has {Show(expected)}");
    }

    private static Task<Dictionary<string, (long Count, long Hundredths)>> TotalsAsync(TestServices services) =>
        services.InScopeAsync(async sp =>
        {
            var shards = await sp.GetRequiredService<PartnerHelpDbContext>().RefundTotals.AsNoTracking().ToListAsync();
            return shards.GroupBy(t => $"{t.Status}/{t.Currency}")
                .Select(g => (g.Key, Count: g.Sum(t => t.Count), Hundredths: g.Sum(t => t.AmountHundredths)))
                .Where(t => t.Count != 0 || t.Hundredths != 0)
                .ToDictionary(t => t.Key, t => (t.Count, t.Hundredths));
        });

    private static string Show(Dictionary<string, (long Count, long Hundredths)> totals) =>
        string.Join("; ", totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}: {t.Value.Count} = {t.Value.Hundredths}"));
}
