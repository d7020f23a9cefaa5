using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.TaxRefunds;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>Tax refunds for tax-exempt partners: requested within a year of purchase, once per order.</summary>
public sealed class TaxRefundService(PartnerHelpDbContext db, PartnerOrders orders, PartnerOrderReads reads, IEligibilityService eligibility, TimeProvider time)
{
    /// <summary>The decision on a tax refund for the order, and the claim if one was already filed; null when not visible.</summary>
    public async Task<(EligibilityResult Decision, TaxRefundClaim? Claim)?> EvaluateAsync(string? orderId, Requester requester, CancellationToken cancellationToken = default)
    {
        var view = await orders.FindAsync(orderId, requester, cancellationToken);
        return view is null ? null : await EvaluateAsync(view, requester, cancellationToken);
    }

    /// <summary>The decision on a tax refund for an order the caller has already read for <paramref name="requester"/> (no second read of the order).</summary>
    public async Task<(EligibilityResult Decision, TaxRefundClaim? Claim)> EvaluateAsync(OrderView view, Requester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var claim = await reads.TaxClaimOfOrderAsync(view.Order.Id, cancellationToken);
        return (eligibility.Evaluate(new TaxRefundRequest(view.Order), view.Partner, requester), claim);
    }

    /// <summary>Files the tax refund request when the rules allow it; a second request for the order changes nothing.</summary>
    public async Task<PathActionResult> RequestAsync(string? orderId, Requester requester, CancellationToken cancellationToken = default)
    {
        var evaluated = await EvaluateAsync(orderId, requester, cancellationToken);
        if (evaluated is not { } found)
        {
            return PathActionResult.NotFound;
        }

        if (found.Claim is not null)
        {
            return new PathActionResult(PathActionStatus.Conflict, found.Decision, null, found.Claim.Id);
        }

        if (!found.Decision.CanSelfServeCancel)
        {
            return new PathActionResult(PathActionStatus.NotAllowed, found.Decision);
        }

        var claim = new TaxRefundClaim(orderId!, requester.PartnerId!, requester.UserId!, time.GetUtcNow());
        db.TaxRefundClaims.Add(claim);
        return await db.SaveOrConflictAsync(
            new PathActionResult(PathActionStatus.Done, found.Decision, null, claim.Id),
            new PathActionResult(PathActionStatus.Conflict, found.Decision, null, claim.Id),
            cancellationToken);
    }
}
