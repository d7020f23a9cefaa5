using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Eligibility;

/// <summary>
/// Renders eligibility reasons, remedies and enum names in the current UI culture, with their facts.
/// Pages, the JSON API and the bot all speak through this, so they say the same thing.
/// </summary>
public sealed class EligibilityText(IStringLocalizer<RefundResource> localizer)
{
    private static readonly EnumKeys<ReasonCode> ReasonKeys = new("Reason_");
    private static readonly EnumKeys<Core.Eligibility.Remedy> RemedyKeys = new("Remedy_");
    private static readonly EnumKeys<SubjectKind> AskAdminKeys = new("Remedy_AskPartnerAdmin_");
    private static readonly EnumKeys<EligibilityOutcome> OutcomeKeys = new("Outcome_");
    private static readonly EnumKeys<MembershipOffer> OfferKeys = new("Offer_");
    private static readonly EnumKeys<MembershipBenefit> BenefitKeys = new("Benefit_");
    private static readonly EnumKeys<PaymentMethod> PaymentMethodKeys = new("PaymentMethod_");
    private static readonly EnumKeys<RefundStatus> RefundStatusKeys = new("RefundStatus_");
    private static readonly EnumKeys<OrderStatus> OrderStatusKeys = new("OrderStatus_");

    /// <summary>The reason in plain words, with its facts.</summary>
    public string Reason(EligibilityReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var facts = reason.Facts;
        var key = ReasonKeys[reason.Code];
        return reason.Code switch
        {
            ReasonCode.PurchaseWindowExpired => localizer[key,
                DisplayFormats.Number(facts.DaysSincePurchase ?? 0),
                DisplayFormats.Number(facts.WindowDays ?? 0),
                facts.LastDayInWindow is { } last ? DisplayFormats.Date(last) : string.Empty],
            ReasonCode.BenefitsActivated => localizer[key,
                facts.Benefit is { } benefit ? Benefit(benefit) : string.Empty,
                facts.OccurredAt is { } activated ? DisplayFormats.Date(activated) : string.Empty],
            ReasonCode.AlreadyCancelled => localizer[reason.Subject == SubjectKind.MembershipOrder ? key : $"{key}_{reason.Subject}",
                facts.OccurredAt is { } ended ? DisplayFormats.Date(ended) : string.Empty],
            ReasonCode.ProductKeysViewed => localizer[key,
                facts.OccurredAt is { } at ? DisplayFormats.Date(at) : string.Empty],
            ReasonCode.PaymentNotCreditCard => localizer[key, facts.PaymentMethod is { } method ? PaymentMethod(method) : string.Empty],
            ReasonCode.TaxRefundWindowExpired or ReasonCode.SubscriptionTermEnded or ReasonCode.CreditRequestDeadlinePassed
                or ReasonCode.DateInFuture or ReasonCode.ReservationExpired =>
                localizer[key, facts.LastDayInWindow is { } end ? DisplayFormats.Date(end) : string.Empty],
            ReasonCode.SubscriptionCancelWindowExpired => localizer[key,
                DisplayFormats.Number(facts.DaysSincePurchase ?? 0),
                DisplayFormats.Number(facts.WindowDays ?? 0),
                facts.LastDayInWindow is { } closed ? DisplayFormats.Date(closed) : string.Empty,
                Money(facts.Amount)],
            ReasonCode.ExchangeNotHigherValue => localizer[key, Money(facts.Amount), Money(facts.ComparedAmount)],
            ReasonCode.StoreItemCharged => localizer[key, facts.OccurredAt is { } charged ? DisplayFormats.Date(charged) : string.Empty, Money(facts.Amount)],
            ReasonCode.StoreItemShipped => localizer[key, facts.OccurredAt is { } shipped ? DisplayFormats.Date(shipped) : string.Empty],
            _ => localizer[key],
        };
    }

    private static string Money(Core.Money? money) =>
        money is { } m ? DisplayFormats.Money(m.Amount, m.Currency) : string.Empty;

    /// <summary>What the person can do, or null when nothing can be done. Who to ask, and to do what, depends on the subject.</summary>
    public string? Remedy(EligibilityReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.Remedy switch
        {
            Core.Eligibility.Remedy.None => null,
            Core.Eligibility.Remedy.AskPartnerAdmin when reason.Subject != SubjectKind.MembershipOrder => localizer[AskAdminKeys[reason.Subject]].Value,
            _ => localizer[RemedyKeys[reason.Remedy]].Value,
        };
    }

    /// <summary>The outcome's label.</summary>
    public string Outcome(EligibilityOutcome outcome) => localizer[OutcomeKeys[outcome]];

    /// <summary>The offer's name.</summary>
    public string Offer(MembershipOffer offer) => localizer[OfferKeys[offer]];

    /// <summary>The benefit's name.</summary>
    public string Benefit(MembershipBenefit benefit) => localizer[BenefitKeys[benefit]];

    /// <summary>The payment method's name.</summary>
    public string PaymentMethod(PaymentMethod method) => localizer[PaymentMethodKeys[method]];

    /// <summary>The refund state's label.</summary>
    public string RefundStatus(RefundStatus status) => localizer[RefundStatusKeys[status]];

    /// <summary>The order state's label.</summary>
    public string OrderStatus(OrderStatus status) => localizer[OrderStatusKeys[status]];
}
