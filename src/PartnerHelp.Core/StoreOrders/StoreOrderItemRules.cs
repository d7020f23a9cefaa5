using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.StoreOrders;

/// <summary>
/// Store orders and pre-orders: an item can be cancelled before it is charged or shipped; once
/// charged, ask for an exchange or a refund instead. Any member of the partner may cancel its items.
/// </summary>
public sealed class StoreOrderItemRules : IEligibilityRules<StoreOrderItem>
{
    /// <inheritdoc />
    public Type SubjectType => typeof(StoreOrderItem);

    /// <inheritdoc />
    public void Assess(StoreOrderItem subject, Partner partner, Requester requester, DateTimeOffset now, RuleFindings findings)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(findings);
        findings.RefundAmount = new Money(0m, subject.Currency);
        if (subject.CancelledAt is not null)
        {
            findings.Fail(ReasonCode.AlreadyCancelled, ReasonKind.State, Remedy.None, new ReasonFacts { OccurredAt = subject.CancelledAt });
            return;
        }

        if (subject.ChargedAt is { } charged)
        {
            findings.Fail(ReasonCode.StoreItemCharged, ReasonKind.Criterion, Remedy.RequestExchangeOrRefund, new ReasonFacts { OccurredAt = charged, Amount = subject.Price });
        }

        if (subject.ShippedAt is { } shipped)
        {
            findings.Fail(ReasonCode.StoreItemShipped, ReasonKind.Criterion, Remedy.RequestExchangeOrRefund, new ReasonFacts { OccurredAt = shipped });
        }

        if (!requester.BelongsTo(subject.PartnerId))
        {
            findings.Fail(ReasonCode.NotMpnAdmin, ReasonKind.Authority, Remedy.AskPartnerAdmin, ReasonFacts.None);
        }
    }
}
