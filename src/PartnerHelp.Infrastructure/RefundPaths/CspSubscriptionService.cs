using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Billing;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>
/// CSP license subscriptions: cancel within 30 days for a full refund, or suspend in months 2–12 for a
/// prorated credit; either way the credit is a line on the next invoice (one line per subscription).
/// </summary>
public sealed class CspSubscriptionService(PartnerHelpDbContext db, PartnerContext partners, IEligibilityService eligibility, TimeProvider time)
{
    /// <summary>The requester's subscriptions, newest first.</summary>
    public async Task<IReadOnlyList<SubscriptionView>> ListAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        if (partner is null)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var subscriptions = await db.CspSubscriptions.AsNoTracking().Where(s => s.PartnerId == partner.Id).OrderByDescending(s => s.PurchasedAt).ToListAsync(cancellationToken);
        return subscriptions.Select(s => new SubscriptionView(s, s.MonthOfTerm(now), eligibility.Evaluate(s, partner, requester))).ToList();
    }

    /// <summary>Cancels (within 30 days) or suspends (months 2–12) and writes the invoice credit line, in one transaction.</summary>
    public async Task<PathActionResult> EndAsync(string? subscriptionId, bool suspend, Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        var subscription = partner is null || subscriptionId is null
            ? null
            : await db.CspSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId && s.PartnerId == partner.Id, cancellationToken);
        if (subscription is null)
        {
            return PathActionResult.NotFound;
        }

        // Cancelling needs every rule to hold; suspending needs exactly one failure: the 30-day window.
        var decision = eligibility.Evaluate(subscription, partner!, requester);
        var allowed = suspend
            ? decision.Reasons is [{ Code: ReasonCode.SubscriptionCancelWindowExpired }]
            : decision.CanSelfServeCancel;
        if (!allowed)
        {
            return new PathActionResult(decision.Outcome == EligibilityOutcome.AlreadyCancelled ? PathActionStatus.Conflict : PathActionStatus.NotAllowed, decision);
        }

        var now = time.GetUtcNow();
        var credit = suspend ? subscription.Suspend(now) : subscription.Cancel(now);
        var source = suspend ? CreditLineSource.SubscriptionSuspended : CreditLineSource.SubscriptionCancelled;
        db.InvoiceCreditLines.Add(new InvoiceCreditLine(Guid.NewGuid(), partner!.Id, source, subscription.Id, credit, now));
        return await db.SaveOrConflictAsync(new PathActionResult(PathActionStatus.Done, decision, credit, subscription.Id), PathActionResult.Conflict, cancellationToken);
    }

    /// <summary>The requester's invoice credit lines, newest first.</summary>
    public async Task<IReadOnlyList<InvoiceCreditLine>> CreditLinesAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        return partner is null
            ? []
            : await db.InvoiceCreditLines.AsNoTracking().Where(l => l.PartnerId == partner.Id).OrderByDescending(l => l.InvoicePeriod).ThenBy(l => l.SourceId).ToListAsync(cancellationToken);
    }

    /// <summary>The reconciliation file: one CSV row per credit line (invariant culture, RFC 4180 quoting).</summary>
    public static string ToCsv(IEnumerable<InvoiceCreditLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var csv = new StringBuilder("InvoicePeriod,Source,SubscriptionId,Amount,Currency,CreatedAtUtc\r\n");
        foreach (var line in lines)
        {
            csv.Append(Quote(line.InvoicePeriod)).Append(',').Append(line.Source).Append(',').Append(Quote(line.SourceId)).Append(',')
                .Append(line.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(',').Append(line.Currency).Append(',')
                .Append(line.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Quote(string value)
    {
        // A leading =, +, - or @ would be a formula in a spreadsheet: prefix it so it stays text.
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
