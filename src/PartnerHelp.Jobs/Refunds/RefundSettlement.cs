using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Refunds;

/// <summary>
/// The RefundStatusUpdate step, free of Hangfire: asks the processor whether the payout settled; when it
/// has, marks the refund Refunded and notifies the partner (in-app and by e-mail), exactly once.
/// Unfinished refunds are flagged as they approach or pass the 30-day promise.
/// </summary>
public sealed class RefundSettlement(
    PartnerHelpDbContext db,
    IPaymentProcessor processor,
    RefundCompletion completion,
    PromiseWatch promise,
    TimeProvider time,
    ILogger<RefundSettlement> logger)
{
    /// <summary>Checks <paramref name="refundId"/>; <paramref name="culture"/> is the language of the person who cancelled.</summary>
    public async Task<SettlementOutcome> CheckAsync(string refundId, string? culture, CancellationToken cancellationToken)
    {
        var refund = await db.Refunds.Include(r => r.Transitions).SingleOrDefaultAsync(r => r.Id == refundId, cancellationToken);
        if (refund is null || refund.Status != RefundStatus.Processing)
        {
            return SettlementOutcome.Stop;
        }

        var now = time.GetUtcNow();
        var payout = await processor.FindAsync(refund.IdempotencyKey, cancellationToken);
        if (payout is null || !payout.IsSettled(now))
        {
            await promise.FlagAsync(refund, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return SettlementOutcome.Pending;
        }

        await completion.CompleteAsync(refund, payout, culture, now, cancellationToken);
        logger.LogInformation("Refund {RefundId} settled ({Reference})", refund.Id, payout.Reference);
        return SettlementOutcome.Settled;
    }
}
