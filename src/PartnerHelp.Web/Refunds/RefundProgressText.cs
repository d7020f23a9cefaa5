using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Refunds;

/// <summary>Builds <see cref="RefundProgress"/> in the current UI culture.</summary>
public sealed class RefundProgressText(IStringLocalizer<MembershipsResource> localizer, EligibilityText text)
{
    /// <summary>The refund's progress as the partner reads it.</summary>
    public RefundProgress Describe(Refund refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var amount = DisplayFormats.Money(refund.Amount, refund.Currency);
        var message = refund.Status switch
        {
            RefundStatus.Requested => localizer["Refund_Message_Requested", amount, DisplayFormats.Date(refund.RequestedAt)],
            RefundStatus.Processing => localizer["Refund_Message_Processing", amount, refund.PaymentInstrument],
            RefundStatus.Refunded => localizer["Refund_Message_Refunded", amount, refund.PaymentInstrument,
                DisplayFormats.Date(refund.CompletedAt ?? refund.RequestedAt)],
            _ => localizer["Refund_Message_Failed", amount],
        };

        var last = refund.Status == RefundStatus.Failed ? RefundStatus.Failed : RefundStatus.Refunded;
        RefundStatus[] path = [RefundStatus.Requested, RefundStatus.Processing, last];
        var steps = path.Select(status =>
        {
            var at = refund.Transitions.Where(t => t.To == status).Select(t => (DateTimeOffset?)t.At).LastOrDefault();
            return new RefundStep(status, text.RefundStatus(status), at, at is { } when ? DisplayFormats.Date(when) : null, at is not null);
        }).ToList();

        return new RefundProgress(
            refund.OrderId,
            refund.Status,
            text.RefundStatus(refund.Status),
            message,
            // Failed is not final: an operator may send the refund back to processing.
            refund.Status == RefundStatus.Refunded,
            refund.Status == RefundStatus.Refunded,
            steps);
    }
}
