using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Refunds;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>
/// Refunds against the processor's ledger: refunded without a settled payout, paid a different amount,
/// failed although paid, settled but still shown as processing — plus the 30-day promise. Each finding
/// is an open alert; an alert whose finding is gone is resolved.
/// </summary>
public sealed class RefundReconciliation(PartnerHelpDbContext db, PromiseWatch promise, TimeProvider time)
{
    private static readonly string[] Kinds =
    [
        JobAlertKinds.RefundedWithoutPayout, JobAlertKinds.AmountMismatch, JobAlertKinds.FailedButPaid,
        JobAlertKinds.SettledNotRecorded, JobAlertKinds.NearPromise, JobAlertKinds.PastPromise,
    ];

    /// <summary>Runs one reconciliation and saves the alerts.</summary>
    public async Task<ReconciliationReport> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var refunds = await db.Refunds.AsNoTracking().ToListAsync(cancellationToken);
        var ledger = await db.PayoutLedger.AsNoTracking().ToDictionaryAsync(e => e.IdempotencyKey, cancellationToken);
        var findings = new List<(string Kind, string Subject, string Detail)>();
        foreach (var refund in refunds)
        {
            ledger.TryGetValue(refund.IdempotencyKey, out var payout);
            var settled = payout is not null && payout.SettlesAt <= now;
            if (refund.Status == RefundStatus.Refunded && !settled)
            {
                findings.Add((JobAlertKinds.RefundedWithoutPayout, refund.Id, refund.OrderId));
            }

            if (payout is not null && (payout.Amount != refund.Amount || payout.Currency != refund.Currency))
            {
                findings.Add((JobAlertKinds.AmountMismatch, refund.Id, $"{refund.OrderId}: {payout.Amount} {payout.Currency} ≠ {refund.Amount} {refund.Currency}"));
            }

            if (refund.Status == RefundStatus.Failed && payout is not null)
            {
                findings.Add((JobAlertKinds.FailedButPaid, refund.Id, $"{refund.OrderId}: {payout.Reference}"));
            }

            // A settled payout the status job has not recorded within a day means the job is gone.
            if (refund.Status == RefundStatus.Processing && settled && now - payout!.SettlesAt > TimeSpan.FromDays(1))
            {
                findings.Add((JobAlertKinds.SettledNotRecorded, refund.Id, $"{refund.OrderId}: {payout.Reference}"));
            }

            if (promise.KindFor(refund, now) is { } kind && refund.Status != RefundStatus.Refunded)
            {
                findings.Add((kind, refund.Id, $"{refund.OrderId}: {(now - refund.RequestedAt).TotalDays:0} d"));
            }
        }

        var opened = 0;
        foreach (var (kind, subject, detail) in findings)
        {
            opened += await AlertBook.OpenAsync(db, kind, subject, detail, now, cancellationToken) ? 1 : 0;
        }

        var current = findings.Select(f => (f.Kind, f.Subject)).ToHashSet();
        var open = await db.JobAlerts.Where(a => a.ResolvedAt == null && Kinds.Contains(a.Kind)).ToListAsync(cancellationToken);
        var resolved = 0;
        foreach (var alert in open.Where(a => !current.Contains((a.Kind, a.Subject))))
        {
            alert.ResolvedAt = now;
            resolved++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReconciliationReport(refunds.Count, opened, resolved);
    }
}
