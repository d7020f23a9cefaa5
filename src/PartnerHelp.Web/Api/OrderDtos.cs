using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Web.Api;

/// <summary>One failing reason: its stable code and the sentence in the request's culture.</summary>
public sealed record ReasonDto(ReasonCode Code, string Message, Remedy Remedy, string? RemedyMessage);

/// <summary><c>GET /api/v1/orders/{id}/eligibility</c>.</summary>
public sealed record EligibilityDto(
    string OrderId,
    EligibilityOutcome Outcome,
    bool CanSelfServeCancel,
    IReadOnlyList<ReasonDto> Reasons,
    decimal RefundAmount,
    string Currency,
    DateTimeOffset? WindowEndsAt);

/// <summary>The refund part of an order in <c>GET /api/v1/orders</c>.</summary>
public sealed record RefundDto(RefundStatus Status, decimal Amount, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt);

/// <summary>One order in <c>GET /api/v1/orders</c>.</summary>
public sealed record OrderDto(
    string OrderId,
    MembershipOffer Offer,
    DateTimeOffset PurchasedAt,
    decimal Amount,
    string Currency,
    PaymentMethod PaymentMethod,
    OrderStatus Status,
    RefundDto? Refund);
