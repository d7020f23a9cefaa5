using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.Memberships;

/// <summary>
/// Refund criteria and self-serve conditions for membership offers (partner program articles):
/// purchased within 30 days, no benefit activated, no product key viewed, no Silver→Gold discount upgrade;
/// self-serve only for credit card on an active account, by a partner admin.
/// </summary>
public sealed class MembershipRefundRules : IEligibilityRules<MembershipOrder>
{
    /// <summary>Days after purchase (enrollment date) in which a refund can be requested; day 30 is inside.</summary>
    public const int RefundWindowDays = 30;

    private static readonly ReasonFacts AdminRoleFacts = new() { RequiredRole = PartnerRoles.MpnAdmin };
    private static readonly ReasonFacts SuspendedFacts = ReasonFacts.None;
    private static readonly ReasonFacts GoldDiscountFacts = ReasonFacts.None;

    /// <inheritdoc />
    public Type SubjectType => typeof(MembershipOrder);

    /// <inheritdoc />
    public void Assess(MembershipOrder subject, Partner partner, Requester requester, DateTimeOffset now, RuleFindings findings)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(findings);

        var window = RefundWindow.From(subject.PurchasedAt, RefundWindowDays);
        findings.RefundAmount = subject.Price;
        findings.WindowEndsAt = window.EndsAt;

        if (subject.Status == OrderStatus.Cancelled)
        {
            findings.Fail(ReasonCode.AlreadyCancelled, ReasonKind.State, Remedy.ViewRefundProgress, new ReasonFacts { OccurredAt = subject.CancelledAt });
        }
        else
        {
            AssessCriteria(subject, now, window, findings);
            AssessConditions(subject, partner, findings);
        }

        if (!requester.HoldsRoleFor(subject.PartnerId, PartnerRoles.MpnAdmin))
        {
            findings.Fail(ReasonCode.NotMpnAdmin, ReasonKind.Authority, Remedy.AskPartnerAdmin, AdminRoleFacts);
        }
    }

    private static void AssessCriteria(MembershipOrder order, DateTimeOffset now, RefundWindow window, RuleFindings findings)
    {
        var days = window.DaysSinceStart(now);
        if (days > window.LengthDays)
        {
            findings.Fail(ReasonCode.PurchaseWindowExpired, ReasonKind.Criterion, Remedy.None, new ReasonFacts
            {
                DaysSincePurchase = days,
                WindowDays = window.LengthDays,
                LastDayInWindow = window.LastDay,
            });
        }

        if (order.ActivatedBenefit is { } benefit)
        {
            findings.Fail(ReasonCode.BenefitsActivated, ReasonKind.Criterion, Remedy.None, new ReasonFacts
            {
                Benefit = benefit,
                OccurredAt = order.BenefitActivatedAt,
            });
        }

        if (order.ProductKeysViewedAt is { } viewedAt)
        {
            findings.Fail(ReasonCode.ProductKeysViewed, ReasonKind.Criterion, Remedy.None, new ReasonFacts { OccurredAt = viewedAt });
        }

        if (order.Offer == MembershipOffer.LegacySilver && order.GoldUpgradeDiscountUsed)
        {
            findings.Fail(ReasonCode.UpgradedWithGoldDiscount, ReasonKind.Criterion, Remedy.None, GoldDiscountFacts);
        }
    }

    private static void AssessConditions(MembershipOrder order, Partner partner, RuleFindings findings)
    {
        if (order.PaymentMethod != PaymentMethod.CreditCard)
        {
            findings.Fail(ReasonCode.PaymentNotCreditCard, ReasonKind.Condition, Remedy.OpenSupportTicket, new ReasonFacts { PaymentMethod = order.PaymentMethod });
        }

        if (partner.Status == PartnerStatus.Suspended)
        {
            findings.Fail(ReasonCode.AccountSuspended, ReasonKind.Condition, Remedy.OpenSupportTicket, SuspendedFacts);
        }
    }
}
