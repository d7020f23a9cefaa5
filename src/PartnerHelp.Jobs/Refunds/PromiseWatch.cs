using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Refunds;

/// <summary>
/// Flags unfinished refunds against the promise that a refund "may take up to 30 days": an alert when
/// one approaches it, another when one passes it. Changes are saved by the caller.
/// </summary>
public sealed class PromiseWatch(PartnerHelpDbContext db, IOptions<JobsOptions> options, TimeProvider time)
{
    /// <summary>The promise made to partners (SPEC 2.1).</summary>
    public static readonly TimeSpan Promise = TimeSpan.FromDays(30);

    /// <summary>The alert kind an unfinished refund of this age deserves, or null.</summary>
    public string? KindFor(Refund refund, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(refund);
        if (refund.Status == RefundStatus.Refunded)
        {
            return null;
        }

        var age = now - refund.RequestedAt;
        return age > Promise ? JobAlertKinds.PastPromise : age >= options.Value.PromiseWarningAge ? JobAlertKinds.NearPromise : null;
    }

    /// <summary>Opens the alert <paramref name="refund"/> deserves, unless it is open already; true when it opened one.</summary>
    public async Task<bool> FlagAsync(Refund refund, DateTimeOffset now, CancellationToken cancellationToken) =>
        KindFor(refund, now) is { } kind
        && await AlertBook.OpenAsync(db, kind, refund.Id, $"{refund.OrderId}: {(now - refund.RequestedAt).TotalDays:0} d", now, cancellationToken);

    /// <summary>
    /// The recurring promise watch: flags every unfinished refund that deserves an alert now (its status checks flag it
    /// too, but a refund waiting for an operator or a retry has none running). Saves; returns how many alerts it opened.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        // Unfinished refunds are few; the age filter runs in memory because DateTimeOffset comparisons are not
        // translated alike on every provider.
        var unfinished = await db.Refunds.AsNoTracking().Where(r => r.Status != RefundStatus.Refunded).ToListAsync(cancellationToken);
        var opened = 0;
        foreach (var refund in unfinished)
        {
            opened += await FlagAsync(refund, now, cancellationToken) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return opened;
    }

    /// <summary>
    /// Closes the promise alerts of a refund that is done. A refund younger than <see cref="JobsOptions.PromiseWarningAge"/>
    /// cannot have one (alerts open at that age), so it costs no query; should the age have been lowered and raised
    /// again since, the daily reconciliation closes what is left.
    /// </summary>
    public async Task ResolveAsync(Refund refund, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        if (now - refund.RequestedAt < options.Value.PromiseWarningAge)
        {
            return;
        }

        var refundId = refund.Id;
        var open = await db.JobAlerts
            .Where(a => a.Subject == refundId && a.ResolvedAt == null && (a.Kind == JobAlertKinds.NearPromise || a.Kind == JobAlertKinds.PastPromise))
            .ToListAsync(cancellationToken);
        foreach (var alert in open)
        {
            alert.ResolvedAt = now;
        }
    }
}
