using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Jobs;

/// <summary>Partner e-mails from <c>JobsResource</c>, in the partner's language, with money and dates in that culture.</summary>
public sealed class LocalizedRefundMessages(IStringLocalizer<JobsResource> text, IStringLocalizer<CreditRequestsResource> credits) : IRefundMessages
{
    /// <inheritdoc />
    public MailMessageText RefundCompleted(Refund refund, Partner partner, string culture)
    {
        ArgumentNullException.ThrowIfNull(refund);
        ArgumentNullException.ThrowIfNull(partner);
        if (refund.Subject == RefundSubject.Reservation)
        {
            // A returned reservation is credited on the CSP invoice, not paid to a card: its own words.
            return In(culture, c => new MailMessageText(
                text["Jobs_Email_ReservationRefundCompleted_Subject", refund.OrderId],
                Letter(partner, text["Jobs_Email_ReservationRefundCompleted_Body", DisplayFormats.Money(refund.Amount, refund.Currency, c), refund.OrderId, refund.ProcessorReference ?? string.Empty])));
        }

        return In(culture, c => new MailMessageText(
            text["Jobs_Email_RefundCompleted_Subject", refund.OrderId],
            Letter(partner, text["Jobs_Email_RefundCompleted_Body", DisplayFormats.Money(refund.Amount, refund.Currency, c), refund.PaymentInstrument, refund.OrderId, refund.ProcessorReference ?? string.Empty])));
    }

    /// <inheritdoc />
    public MailMessageText WindowClosing(MembershipOrder order, Partner partner, DateTimeOffset windowEndsAt, string culture)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(partner);
        return In(culture, c => new MailMessageText(
            text["Jobs_Email_WindowClosing_Subject", order.Id, DisplayFormats.Date(windowEndsAt, c)],
            Letter(partner, text["Jobs_Email_WindowClosing_Body", order.Offer.ToString(), order.Id, DisplayFormats.Money(order.Amount, order.Currency, c), DisplayFormats.Date(windowEndsAt, c)])));
    }

    /// <inheritdoc />
    public MailMessageText StoreItemsCancelled(StoreOrder order, IReadOnlyList<StoreOrderItem> items, Partner partner, string culture)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(partner);
        return In(culture, c =>
        {
            var lines = items.Select(i => text["Jobs_Email_StoreItemsCancelled_Line", DisplayFormats.Number(i.Quantity, c), i.ProductName, i.Id, DisplayFormats.Money(i.Amount, i.Currency, c)].Value);
            var totals = items.GroupBy(i => i.Currency, StringComparer.Ordinal)
                .Select(g => text["Jobs_Email_StoreItemsCancelled_Total", DisplayFormats.Money(g.Sum(i => i.Amount), g.Key, c)].Value);
            var body = string.Join("\n", [text["Jobs_Email_StoreItemsCancelled_Body", order.Id].Value, .. lines, string.Empty, .. totals]);
            return new MailMessageText(text["Jobs_Email_StoreItemsCancelled_Subject", order.Id], Letter(partner, body));
        });
    }

    /// <inheritdoc />
    public MailMessageText CreditRequestStatusChanged(CreditRequest request, Partner partner, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(partner);
        return In(culture, c =>
        {
            var status = request.Status.ToString();
            var day = DisplayFormats.Date(request.IncidentDate, c);
            var body = request.DecisionReason is { } reason
                ? text[$"Jobs_Email_CreditRequest_{status}_Body", request.Id, request.CustomerName, day, credits[$"CreditDecision_{reason}"].Value]
                : text[$"Jobs_Email_CreditRequest_{status}_Body", request.Id, request.CustomerName, day];
            return new MailMessageText(text[$"Jobs_Email_CreditRequest_{status}_Subject", request.Id], Letter(partner, body));
        });
    }

    private string Letter(Partner partner, string body) =>
        string.Join("\n\n", text["Jobs_Email_Greeting", partner.Name], body, text["Jobs_Email_Signature"]);

    /// <summary>Resource lookups follow the current UI culture; jobs run outside any request, so set it for the duration.</summary>
    private static MailMessageText In(string culture, Func<CultureInfo, MailMessageText> compose)
    {
        var target = CultureInfo.GetCultureInfo(SiteCultures.Canonical(culture) ?? SiteCultures.Canonical(culture.Split('-')[0]) ?? SiteCultures.Default);
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = target;
            CultureInfo.CurrentCulture = target;
            return compose(target);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formatting;
        }
    }
}
