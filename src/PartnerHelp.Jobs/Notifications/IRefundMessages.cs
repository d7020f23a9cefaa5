using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.StoreOrders;

namespace PartnerHelp.Jobs.Notifications;

/// <summary>
/// Writes partner e-mails in a given language. The words live in the web host's resources, so the
/// host supplies the implementation.
/// </summary>
public interface IRefundMessages
{
    /// <summary>The e-mail telling a partner their refund reached the payment instrument.</summary>
    MailMessageText RefundCompleted(Refund refund, Partner partner, string culture);

    /// <summary>The e-mail telling a partner the self-serve cancellation window of an order closes soon.</summary>
    MailMessageText WindowClosing(MembershipOrder order, Partner partner, DateTimeOffset windowEndsAt, string culture);

    /// <summary>The confirmation that items of a store order were cancelled, listing each item and its amount.</summary>
    MailMessageText StoreItemsCancelled(StoreOrder order, IReadOnlyList<StoreOrderItem> items, Partner partner, string culture);

    /// <summary>The e-mail telling a partner that their credit request moved to its current status (with the reason when rejected).</summary>
    MailMessageText CreditRequestStatusChanged(CreditRequest request, Partner partner, string culture);
}
