using Microsoft.Extensions.Localization;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Api;

/// <summary>The partner's orders and their eligibility as JSON (signed-in session; anonymous → 401).</summary>
public static class OrdersApi
{
    /// <summary>Maps <c>/api/v1/orders</c>.</summary>
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/orders").RequireAuthorization(AccessPolicies.PartnerMember);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}/eligibility", EligibilityAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext context, PartnerOrders orders, CancellationToken cancellationToken)
    {
        var views = await orders.ListAsync(context.User.ToRequester(), cancellationToken);
        return Results.Ok(views.Select(v => new OrderDto(
            v.Order.Id,
            v.Order.Offer,
            v.Order.PurchasedAt,
            v.Order.Amount,
            v.Order.Currency,
            v.Order.PaymentMethod,
            v.Order.Status,
            v.Refund is { } r ? new RefundDto(r.Status, r.Amount, r.RequestedAt, r.CompletedAt) : null)));
    }

    private static async Task<IResult> EligibilityAsync(
        string id,
        HttpContext context,
        PartnerOrders orders,
        EligibilityText text,
        IStringLocalizer<SharedResource> shared,
        CancellationToken cancellationToken)
    {
        var view = await orders.FindAsync(id, context.User.ToRequester(), cancellationToken);
        if (view is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: shared["Error_NotFound_Title"], detail: shared["Api_OrderNotFound"]);
        }

        var result = view.Eligibility;
        return Results.Ok(new EligibilityDto(
            view.Order.Id,
            result.Outcome,
            result.CanSelfServeCancel,
            result.Reasons.Select(r => new ReasonDto(r.Code, text.Reason(r), r.Remedy, text.Remedy(r))).ToList(),
            result.RefundAmount.Amount,
            result.RefundAmount.Currency,
            result.WindowEndsAt));
    }
}
