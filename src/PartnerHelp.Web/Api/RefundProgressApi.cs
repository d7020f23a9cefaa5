using Microsoft.Extensions.Localization;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Refunds;

namespace PartnerHelp.Web.Api;

/// <summary>
/// <c>GET /api/v1/orders/{id}/refund</c>: the refund's progress in words, polled by <c>js/refund-progress.js</c>.
/// Anonymous → 401; another partner's order, an unknown order or an order without a refund → 404.
/// </summary>
public static class RefundProgressApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapRefundProgressApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/orders/{id}/refund", GetAsync).RequireAuthorization(AccessPolicies.PartnerMember);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        string id,
        HttpContext context,
        PartnerOrders orders,
        RefundProgressText progress,
        IStringLocalizer<SharedResource> shared,
        CancellationToken cancellationToken)
    {
        var view = await orders.FindAsync(id, context.User.ToRequester(), cancellationToken);
        if (view?.Refund is not { } refund)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: shared["Error_NotFound_Title"], detail: shared["Api_OrderNotFound"]);
        }

        // Progress changes under the poller: never let a cache answer for the processor.
        context.Response.Headers.CacheControl = "no-store";
        return Results.Ok(progress.Describe(refund));
    }
}
