using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Eligibility;

/// <summary>
/// Why a membership order cannot be cancelled by this user: every reason with its facts and remedy, and the link the
/// remedy needs (a pre-filled ticket, the refund's progress). The memberships page writes one per order card, so this
/// is written straight to the page's output: as a partial view it cost a view activation per card, about a quarter of
/// a first view's rendering (docs/performance.md, "Pages: first views"). The order page and the cancel page use it too.
/// </summary>
/// <param name="view">The order and its decision.</param>
/// <param name="id">The element id the disabled Cancel button points at with <c>aria-describedby</c>.</param>
/// <param name="text">The reasons in words.</param>
/// <param name="strings">The memberships resources.</param>
/// <param name="home">The site's root in the request's culture (path base and culture, no trailing slash).</param>
public sealed class ReasonsHtml(OrderView view, string id, EligibilityText text, IStringLocalizer<MembershipsResource> strings, string home) : IHtmlContent
{
    /// <inheritdoc />
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        var order = view.Order;
        var result = view.Eligibility;
        writer.Write("<div class=\"reasons\" id=\"");
        encoder.Encode(writer, id);
        writer.Write("\">\n    <p class=\"reasons__heading\">");
        encoder.Encode(writer, strings[result.Outcome == EligibilityOutcome.AlreadyCancelled ? "Reasons_HeadingCancelled" : "Reasons_Heading"]);
        writer.Write("</p>\n    <ul>\n");
        foreach (var reason in result.Reasons)
        {
            writer.Write("        <li data-reason=\"");
            writer.Write(reason.Code.ToString());
            writer.Write("\">\n            <span class=\"reasons__text\">");
            encoder.Encode(writer, text.Reason(reason));
            writer.Write("</span>");
            if (text.Remedy(reason) is { } remedy)
            {
                writer.Write("\n            <span class=\"reasons__remedy\">");
                encoder.Encode(writer, remedy);
                WriteRemedyLink(writer, encoder, reason.Remedy, order.Id);
                writer.Write("</span>");
            }

            writer.Write("\n        </li>\n");
        }

        writer.Write("    </ul>\n</div>");
    }

    private void WriteRemedyLink(TextWriter writer, HtmlEncoder encoder, Remedy remedy, string orderId)
    {
        switch (remedy)
        {
            case Remedy.OpenSupportTicket:
                // The link encoded piece by piece: the encoder works character by character, so the markup is the same as
                // encoding the joined link, without building it once per card.
                writer.Write(" <a href=\"");
                encoder.Encode(writer, home);
                encoder.Encode(writer, "/tickets/new?order=");
                encoder.Encode(writer, Uri.EscapeDataString(orderId));
                writer.Write("\" data-ticket-order=\"");
                encoder.Encode(writer, orderId);
                writer.Write("\">");
                encoder.Encode(writer, strings["Reasons_OpenTicket", orderId]);
                writer.Write("</a>");
                break;
            case Remedy.ViewRefundProgress:
                writer.Write(" <a href=\"");
                encoder.Encode(writer, home);
                encoder.Encode(writer, "/orders/");
                encoder.Encode(writer, orderId);
                writer.Write("\">");
                encoder.Encode(writer, strings["Reasons_ViewRefund"]);
                writer.Write("</a>");
                break;
        }
    }
}
