using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Web.Refunds;

/// <summary>
/// A refund as the partner sees it, already in words: the status, one sentence about it and the timeline.
/// The pages render it and <c>GET /api/v1/orders/{id}/refund</c> returns it, so the live update says
/// exactly what a reload would.
/// </summary>
public sealed record RefundProgress(
    string OrderId,
    RefundStatus Status,
    string StatusText,
    string Message,
    bool IsFinal,
    bool Succeeded,
    IReadOnlyList<RefundStep> Steps);
