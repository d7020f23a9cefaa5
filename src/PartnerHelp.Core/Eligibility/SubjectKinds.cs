using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Core.TaxRefunds;

namespace PartnerHelp.Core.Eligibility;

/// <summary>Maps a subject type the rules are registered for to its <see cref="SubjectKind"/>.</summary>
public static class SubjectKinds
{
    /// <summary>The kind of <paramref name="subjectType"/>; membership orders (and anything unknown) are <see cref="SubjectKind.MembershipOrder"/>.</summary>
    public static SubjectKind Of(Type subjectType)
    {
        ArgumentNullException.ThrowIfNull(subjectType);
        return subjectType switch
        {
            _ when subjectType == typeof(CspSubscription) => SubjectKind.CspSubscription,
            _ when subjectType == typeof(CreditRequestDraft) => SubjectKind.CreditRequest,
            _ when subjectType == typeof(Reservation) || subjectType == typeof(ReservationExchange) => SubjectKind.Reservation,
            _ when subjectType == typeof(StoreOrderItem) => SubjectKind.StoreOrderItem,
            _ when subjectType == typeof(TaxRefundRequest) => SubjectKind.TaxRefund,
            _ => SubjectKind.MembershipOrder,
        };
    }
}
