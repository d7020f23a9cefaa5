using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Jobs;

/// <summary>Partner e-mails from <c>JobsResource</c>, in the partner's language, with money and dates in that culture.</summary>
public sealed class LocalizedRefundMessages(IStringLocalizer<JobsResource> text) : IRefundMessages
{
    /// <inheritdoc />
    public MailMessageText RefundCompleted(Refund refund, Partner partner, string culture)
    {
        ArgumentNullException.ThrowIfNull(refund);
        ArgumentNullException.ThrowIfNull(partner);
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
