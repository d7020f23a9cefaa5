using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence.Counters;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>
/// The end-of-run check of a batch of orders: each cancelled once, one refund refunded once, one payout at the
/// processor per idempotency key for the order's amount, every outbox row dispatched, the board's counters equal to the
/// refunds table, and no job left for Hangfire to run (read on the dashboard's live counters as the operator, which works
/// the same for the in-memory storage inside the site's process and for PostgreSQL).
/// </summary>
internal sealed record MoneyAudit(
    int Orders,
    int Cancelled,
    int Refunded,
    int Stuck,
    int MoneyMismatches,
    decimal CancelledTotal,
    decimal RefundedTotal,
    long JobsLeft,
    IReadOnlyList<string> Problems)
{
    /// <summary>
    /// Audits until the batch is settled (nothing stuck, no job left, every order cancelled) and returns that audit;
    /// times out with the last audit's problems. Waiting covers a recurring job that happens to be running.
    /// </summary>
    public static Task<MoneyAudit> UntilSettledAsync(ResilienceDatabase database, IReadOnlyCollection<string> orderIds, OperatorClient ops, TimeSpan within) =>
        Eventually.MatchesAsync(
            $"{orderIds.Count} orders to be settled",
            () => RunAsync(database, orderIds, ops),
            audit => audit is { Stuck: 0, JobsLeft: 0 } && audit.Cancelled == orderIds.Count,
            within,
            TimeSpan.FromMilliseconds(500),
            audit => $"{audit.Cancelled} cancelled, {audit.Stuck} stuck, {audit.JobsLeft} jobs left.{Environment.NewLine}{string.Join(Environment.NewLine, audit.Problems.Take(20))}");

    /// <summary>Audits <paramref name="orderIds"/> in <paramref name="database"/>; <paramref name="ops"/> reads the site's jobs.</summary>
    public static async Task<MoneyAudit> RunAsync(ResilienceDatabase database, IReadOnlyCollection<string> orderIds, OperatorClient ops)
    {
        await using var db = database.Context();
        var orders = await db.MembershipOrders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id);
        var refunds = (await db.Refunds.AsNoTracking().Include(r => r.Transitions).Where(r => orderIds.Contains(r.OrderId)).ToListAsync()).ToLookup(r => r.OrderId);
        var refundIds = refunds.SelectMany(g => g).Select(r => r.Id).ToList();
        var ledger = (await db.PayoutLedger.AsNoTracking().Where(e => refundIds.Contains(e.RefundId)).ToListAsync()).ToLookup(e => e.RefundId);
        var outbox = (await db.OutboxMessages.AsNoTracking().Where(m => m.Type == OutboxMessage.RefundRequested && refundIds.Contains(m.Subject)).ToListAsync()).ToLookup(m => m.Subject);
        var problems = new List<string>();
        var mismatches = 0;
        foreach (var id in orderIds)
        {
            if (!orders.TryGetValue(id, out var order) || order.Status != OrderStatus.Cancelled)
            {
                problems.Add($"{id}: not cancelled");
                continue;
            }

            var mine = refunds[id].ToList();
            if (mine.Count != 1)
            {
                problems.Add($"{id}: {mine.Count} refunds");
                mismatches++;
                continue;
            }

            var refund = mine[0];
            var payouts = ledger[refund.Id].ToList();
            if (refund.Status != RefundStatus.Refunded || refund.Transitions.Count(t => t.To == RefundStatus.Refunded) != 1)
            {
                problems.Add($"{id}: refund {refund.Status}, {refund.Transitions.Count(t => t.To == RefundStatus.Refunded)} Refunded transitions");
            }

            if (payouts.Count != 1 || payouts[0].Amount != order.Amount || payouts[0].IdempotencyKey != refund.IdempotencyKey || payouts[0].Reference != refund.ProcessorReference)
            {
                problems.Add($"{id}: {payouts.Count} payouts ({string.Join(", ", payouts.Select(p => p.Amount))}) for {order.Amount}");
                mismatches++;
            }

            var rows = outbox[refund.Id].ToList();
            if (rows.Count != 1 || rows[0].DispatchedAt is null)
            {
                problems.Add($"{id}: {rows.Count} outbox rows, {rows.Count(r => r.DispatchedAt is null)} undispatched");
            }
        }

        var cancelledTotal = orders.Values.Where(o => o.Status == OrderStatus.Cancelled).Sum(o => o.Amount);
        var refundedTotal = ledger.SelectMany(g => g).Sum(e => e.Amount);
        if (cancelledTotal != refundedTotal)
        {
            problems.Add($"refunded {refundedTotal} for {cancelledTotal} of cancelled payments");
            mismatches++;
        }

        var jobsLeft = await ops.LiveJobsAsync();
        if (jobsLeft > 0)
        {
            problems.Add($"{jobsLeft} jobs enqueued, scheduled or processing in Hangfire");
        }

        // The refunds board's counters are kept by every save in its transaction: a crash or retry must not skew them.
        var counted = Summary((await db.RefundTotals.AsNoTracking().ToListAsync()).Select(t => (t.Status, t.Currency, t.Count, t.AmountHundredths)));
        var actual = Summary((await db.Refunds.AsNoTracking().ToListAsync()).Select(r => (r.Status.ToString(), r.Currency, 1L, ChangeCounters.Hundredths(r.Amount))));
        if (counted != actual)
        {
            problems.Add($"refund counters say {counted}, the refunds table {actual}");
        }

        var all = refunds.SelectMany(g => g).ToList();
        return new MoneyAudit(
            orderIds.Count,
            orders.Values.Count(o => o.Status == OrderStatus.Cancelled),
            all.Count(r => r.Status == RefundStatus.Refunded),
            all.Count(r => r.Status != RefundStatus.Refunded),
            mismatches,
            cancelledTotal,
            refundedTotal,
            jobsLeft,
            problems);
    }

    private static string Summary(IEnumerable<(string Status, string Currency, long Count, long Hundredths)> rows) =>
        string.Join("; ", rows.GroupBy(r => $"{r.Status}/{r.Currency}")
            .Select(g => (g.Key, Count: g.Sum(r => r.Count), Hundredths: g.Sum(r => r.Hundredths)))
            .Where(g => g.Count != 0 || g.Hundredths != 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count} = {g.Hundredths}"));
}
