using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Jobs.Notifications;

namespace PartnerHelp.Jobs.Tests;

/// <summary>Test double of the host's localized e-mail text: records the culture it was asked for.</summary>
internal sealed class PlainRefundMessages : IRefundMessages
{
    public MailMessageText RefundCompleted(Refund refund, Partner partner, string culture) =>
        new($"refund {refund.OrderId} [{culture}]", $"{refund.Total} {refund.ProcessorReference}");

    public MailMessageText WindowClosing(MembershipOrder order, Partner partner, DateTimeOffset windowEndsAt, string culture) =>
        new($"window {order.Id} [{culture}]", $"{windowEndsAt:O}");

    public MailMessageText StoreItemsCancelled(StoreOrder order, IReadOnlyList<StoreOrderItem> items, Partner partner, string culture) =>
        new($"store {order.Id} [{culture}]", string.Join("\n", items.Select(i => $"{i.Id} {i.ProductName} {i.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {i.Currency}")));

    public MailMessageText CreditRequestStatusChanged(CreditRequest request, Partner partner, string culture) =>
        new($"credit {request.Id} {request.Status} [{culture}]", $"{request.DecisionReason}");
}
