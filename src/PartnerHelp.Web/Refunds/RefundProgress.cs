using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Web.Refunds;

/// <summary>
/// A refund as the partner sees it, already in words: the status, one sentence about it and the timeline.
/// The pages render it and <c>GET /api/v1/orders/{id}/refund</c> returns it, so the live update says
/// exactly what a reload would. <see cref="IsFinal"/> is true only once the money is back (a failed
/// refund can still be retried by an operator).
/// </summary>
public sealed record RefundProgress(
    string OrderId,
    RefundStatus Status,
    string StatusText,
    string Message,
    bool IsFinal,
    bool Succeeded,
    IReadOnlyList<RefundStep> Steps);
