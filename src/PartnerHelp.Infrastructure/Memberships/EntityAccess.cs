using System.Runtime.CompilerServices;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.TaxRefunds;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// The private constructors and setters of the entities <see cref="PartnerOrderRows"/> rebuilds from rows, reached as EF
/// Core reaches them (it sets the same members) but bound at compile time, so a read costs no reflection. A renamed
/// member fails the first read (MissingMethodException), which the reads' tests do on both providers.
/// </summary>
internal static class EntityAccess
{
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    public static extern MembershipOrder NewOrder();

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Id")]
    public static extern void OrderId(MembershipOrder order, string value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_PartnerId")]
    public static extern void OrderPartnerId(MembershipOrder order, string value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Offer")]
    public static extern void Offer(MembershipOrder order, MembershipOffer value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_PurchasedAt")]
    public static extern void PurchasedAt(MembershipOrder order, DateTimeOffset value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Amount")]
    public static extern void OrderAmount(MembershipOrder order, decimal value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Currency")]
    public static extern void OrderCurrency(MembershipOrder order, string value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_PaymentMethod")]
    public static extern void PaymentMethod(MembershipOrder order, PaymentMethod value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_PaymentInstrument")]
    public static extern void OrderInstrument(MembershipOrder order, string value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ActivatedBenefit")]
    public static extern void ActivatedBenefit(MembershipOrder order, MembershipBenefit? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_BenefitActivatedAt")]
    public static extern void BenefitActivatedAt(MembershipOrder order, DateTimeOffset? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ProductKeysViewedAt")]
    public static extern void ProductKeysViewedAt(MembershipOrder order, DateTimeOffset? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_GoldUpgradeDiscountUsed")]
    public static extern void GoldUpgradeDiscountUsed(MembershipOrder order, bool value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Status")]
    public static extern void OrderStatus(MembershipOrder order, OrderStatus value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CancelledAt")]
    public static extern void CancelledAt(MembershipOrder order, DateTimeOffset? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CancelledBy")]
    public static extern void CancelledBy(MembershipOrder order, string? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CancellationReason")]
    public static extern void CancellationReason(MembershipOrder order, CancellationReason? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CancellationNote")]
    public static extern void CancellationNote(MembershipOrder order, string? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Version")]
    public static extern void OrderVersion(MembershipOrder order, int value);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    public static extern Refund NewRefund();

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Id")]
    public static extern void RefundId(Refund refund, string value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_OrderId")]
    public static extern void RefundOrderId(Refund refund, string value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Subject")]
    public static extern void Subject(Refund refund, RefundSubject value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_PartnerId")]
    public static extern void RefundPartnerId(Refund refund, string value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Amount")]
    public static extern void RefundAmount(Refund refund, decimal value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Currency")]
    public static extern void RefundCurrency(Refund refund, string value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_PaymentInstrument")]
    public static extern void RefundInstrument(Refund refund, string value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Status")]
    public static extern void RefundStatus(Refund refund, RefundStatus value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_RequestedAt")]
    public static extern void RequestedAt(Refund refund, DateTimeOffset value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ProcessingAt")]
    public static extern void ProcessingAt(Refund refund, DateTimeOffset? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CompletedAt")]
    public static extern void CompletedAt(Refund refund, DateTimeOffset? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_FailedAt")]
    public static extern void FailedAt(Refund refund, DateTimeOffset? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_FailureReason")]
    public static extern void FailureReason(Refund refund, string? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ProcessorReference")]
    public static extern void ProcessorReference(Refund refund, string? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Version")]
    public static extern void RefundVersion(Refund refund, int value);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_transitions")]
    public static extern ref List<RefundTransition> Transitions(Refund refund);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    public static extern RefundTransition NewTransition(string refundId, int sequence, RefundStatus? from, RefundStatus to, DateTimeOffset at, string actor, string? detail);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Id")]
    public static extern void ClaimId(TaxRefundClaim claim, string value);
}
