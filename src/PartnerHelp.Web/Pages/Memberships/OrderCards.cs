using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Pages.Memberships;

/// <summary>
/// The memberships page's order cards (<c>&lt;li class="order-card"&gt;</c>): the offer and order number, the four facts,
/// the Cancel order button or what to do instead, and the reasons the button is off.
/// </summary>
/// <remarks>
/// <para>
/// Written in C# rather than in <c>Index.cshtml</c> for the cost of a first view: Razor appends each of a card's ≈ 30
/// literals and values to the page's buffer and copies them all out again at the end, 20 cards a page. A card here is
/// one entry in that buffer, and writes straight into the response writer when the buffered page is copied out, as
/// <see cref="ReasonsHtml"/> (which it uses for the reasons) does (docs/performance.md, pages-cards-8).
/// </para>
/// <para>
/// The markup is the one the Razor page wrote, byte for byte, indentation included. Every word comes from the resources
/// through the localizers, in the request's culture (the card is written while the request's culture is current, as
/// Razor's own output is), and every value is HTML-encoded with the encoder the view passes, as Razor encodes it.
/// </para>
/// </remarks>
public sealed class OrderCards
{
    private readonly EligibilityText _text;
    private readonly IStringLocalizer<MembershipsResource> _strings;
    private readonly string _home;

    // The cards' fixed labels, looked up once a page rather than once a card (docs/performance.md, pages-cards-7).
    private readonly string _purchasedOn;
    private readonly string _amount;
    private readonly string _paymentMethod;
    private readonly string _status;
    private readonly string _cancelOrder;
    private readonly string _followRefund;
    private readonly string _askWhy;

    /// <summary>Looks up the cards' labels in the current UI culture.</summary>
    /// <param name="text">Offers, payment methods, states and reasons in words.</param>
    /// <param name="strings">The memberships resources.</param>
    /// <param name="home">The site's root in the request's culture (path base and culture, no trailing slash).</param>
    public OrderCards(EligibilityText text, IStringLocalizer<MembershipsResource> strings, string home)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(home);
        _text = text;
        _strings = strings;
        _home = home;
        _purchasedOn = strings["Order_PurchasedOn"].Value;
        _amount = strings["Order_Amount"].Value;
        _paymentMethod = strings["Order_PaymentMethod"].Value;
        _status = strings["Order_Status"].Value;
        _cancelOrder = strings["Memberships_CancelOrder"].Value;
        _followRefund = strings["Memberships_FollowRefund"].Value;
        _askWhy = strings["Memberships_AskWhy"].Value;
    }

    /// <summary>The card of one order, written when the page is copied into the response.</summary>
    public IHtmlContent Card(OrderView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new CardHtml(this, view);
    }

    private void Write(TextWriter writer, HtmlEncoder encoder, OrderView view)
    {
        var order = view.Order;
        var result = view.Eligibility;
        var id = order.Id;

        writer.Write("            <li class=\"order-card\" data-order=\"");
        encoder.Encode(writer, id);
        writer.Write("\" data-outcome=\"");
        encoder.Encode(writer, result.Outcome.ToString());
        writer.Write("\">\n                <h2 class=\"order-card__title\">\n                    <a href=\"");
        WriteOrderLink(writer, encoder, id);
        writer.Write("\">");
        encoder.Encode(writer, _text.Offer(order.Offer));
        writer.Write("</a>\n                    <span class=\"order-card__id\">");
        encoder.Encode(writer, _strings["Order_Number", id].Value);
        writer.Write("</span>\n                </h2>\n");

        writer.Write("                <dl class=\"facts\">\n");
        WriteFact(writer, encoder, _purchasedOn, DisplayFormats.Date(order.PurchasedAt));
        WriteFact(writer, encoder, _amount, DisplayFormats.Money(order.Amount, order.Currency));
        WriteFact(writer, encoder, _paymentMethod, _text.PaymentMethod(order.PaymentMethod));
        writer.Write("                    <div><dt>");
        encoder.Encode(writer, _status);
        writer.Write("</dt><dd>");
        encoder.Encode(writer, _text.OrderStatus(order.Status));
        if (view.Refund is { } refund)
        {
            writer.Write(" · ");
            encoder.Encode(writer, _strings["Order_RefundStatus", _text.RefundStatus(refund.Status)].Value);
        }

        writer.Write("</dd></div>\n                </dl>\n");

        writer.Write("                <div class=\"order-card__actions\">\n");
        // Only a card whose Cancel order button is off names its reasons.
        string? reasonsId = null;
        if (result.CanSelfServeCancel)
        {
            writer.Write("                        <a class=\"button button--primary\" data-cancel-order=\"");
            encoder.Encode(writer, id);
            writer.Write("\" href=\"");
            encoder.Encode(writer, _home);
            writer.Write("/memberships/");
            encoder.Encode(writer, id);
            writer.Write("/cancel\">");
            encoder.Encode(writer, _cancelOrder);
            writer.Write("</a>\n");
            if (result.WindowEndsAt is { } ends)
            {
                var lastDay = WindowDates.LastDay(ends);
                writer.Write("                            <span class=\"hint\" data-window-last-day=\"");
                encoder.Encode(writer, lastDay.ToString("O", CultureInfo.InvariantCulture));
                writer.Write("\">");
                encoder.Encode(writer, _strings["Memberships_WindowEnds", DisplayFormats.Date(lastDay)].Value);
                writer.Write("</span>\n");
            }
        }
        else
        {
            reasonsId = "reasons-" + id;
            if (view.Refund is not null)
            {
                writer.Write("                        <a class=\"button\" href=\"");
                WriteOrderLink(writer, encoder, id);
                writer.Write("\">");
                encoder.Encode(writer, _followRefund);
                writer.Write("</a>\n");
            }
            else
            {
                writer.Write("                        <button type=\"button\" class=\"button\" disabled data-cancel-order=\"");
                encoder.Encode(writer, id);
                writer.Write("\" aria-describedby=\"");
                encoder.Encode(writer, reasonsId);
                writer.Write("\">");
                encoder.Encode(writer, _cancelOrder);
                writer.Write("</button>\n                        <button type=\"button\" class=\"button button--subtle ask-why\" data-ask-order=\"");
                encoder.Encode(writer, id);
                writer.Write("\">");
                encoder.Encode(writer, _askWhy);
                writer.Write("</button>\n");
            }
        }

        writer.Write("                </div>\n");
        if (reasonsId is not null && result.Reasons.Count > 0)
        {
            // The reasons block starts at the line's start and ends without a newline, as the page wrote it.
            new ReasonsHtml(view, reasonsId, _text, _strings, _home).WriteTo(writer, encoder);
        }

        writer.Write("            </li>\n");
    }

    private void WriteOrderLink(TextWriter writer, HtmlEncoder encoder, string id)
    {
        encoder.Encode(writer, _home);
        writer.Write("/orders/");
        encoder.Encode(writer, id);
    }

    private static void WriteFact(TextWriter writer, HtmlEncoder encoder, string label, string value)
    {
        writer.Write("                    <div><dt>");
        encoder.Encode(writer, label);
        writer.Write("</dt><dd>");
        encoder.Encode(writer, value);
        writer.Write("</dd></div>\n");
    }

    /// <summary>One order's card.</summary>
    private sealed class CardHtml(OrderCards cards, OrderView view) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(encoder);
            cards.Write(writer, encoder, view);
        }
    }
}
