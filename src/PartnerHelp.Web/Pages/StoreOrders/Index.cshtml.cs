using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.StoreOrders;

/// <summary>
/// Store orders and pre-orders: tick items, review them, confirm. Items are cancelled all together or
/// not at all (<see cref="StoreOrderService"/>); a confirmation e-mail follows through the outbox.
/// </summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
[EnableRateLimiting(RateLimits.PartnerActions)]
[ValidationResource(typeof(StoreOrdersResource))]
public sealed class IndexModel(StoreOrderService store, IStringLocalizer<StoreOrdersResource> localizer) : PartnerPageModel
{
    /// <summary>The order the posted items belong to.</summary>
    [BindProperty]
    public string? OrderId { get; set; }

    /// <summary>The ticked items (named, so that none ticked is still reported under this field, not the form).</summary>
    [BindProperty(Name = nameof(ItemIds))]
    [MinLength(1, ErrorMessage = "StoreOrders_Validation_NoItems")]
    public List<string> ItemIds { get; set; } = [];

    /// <summary>The partner's orders, newest first.</summary>
    public IReadOnlyList<StoreOrderView> Orders { get; private set; } = [];

    /// <summary>The items awaiting confirmation, after a review post.</summary>
    public IReadOnlyList<StoreOrderItem> Review { get; private set; } = [];

    /// <summary>The order whose items were just cancelled.</summary>
    public string? Cancelled { get; private set; }

    /// <summary>The decision behind a refusal, when the eligibility service said no.</summary>
    public EligibilityResult? Refusal { get; private set; }

    /// <summary>Lists the orders (and confirms a cancellation that just happened).</summary>
    public async Task OnGetAsync([FromQuery(Name = "cancelled")] string? cancelled, CancellationToken cancellationToken)
    {
        Orders = await store.ListAsync(User.ToRequester(), cancellationToken);
        Cancelled = Orders.Any(o => o.Order.Id == cancelled) ? cancelled : null;
    }

    /// <summary>Shows the chosen items for confirmation; nothing changes yet.</summary>
    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        Orders = await store.ListAsync(User.ToRequester(), cancellationToken);
        if (Find() is not { } order)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["StoreOrders_Error_Invalid"]);
        }

        var chosen = order.Items.Where(i => ItemIds.Contains(i.Item.Id)).ToList();
        if (chosen.Count != ItemIds.Distinct(StringComparer.Ordinal).Count())
        {
            return NotFound();
        }

        if (chosen.FirstOrDefault(i => !i.Cancel.CanSelfServeCancel) is { Item: not null } refused)
        {
            Refusal = refused.Cancel;
            return Refuse(StatusCodes.Status409Conflict, localizer["StoreOrders_Error_NotAllowed", refused.Item.ProductName]);
        }

        Review = chosen.Select(i => i.Item).ToList();
        return Page();
    }

    /// <summary>Cancels the confirmed items, or explains why not; a refused post changes nothing.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        var result = await store.CancelItemsAsync(OrderId, ItemIds, requester, cancellationToken);
        if (result.Status == PathActionStatus.Done)
        {
            return RedirectToPage("/StoreOrders/Index", new { cancelled = result.Reference });
        }

        Orders = await store.ListAsync(requester, cancellationToken);
        if (result.Status == PathActionStatus.NotFound || Find() is null)
        {
            return NotFound();
        }

        Refusal = result.Eligibility;
        return result.Status switch
        {
            PathActionStatus.InvalidInput => Refuse(StatusCodes.Status400BadRequest, localizer["StoreOrders_Error_Invalid"]),
            PathActionStatus.Conflict => Refuse(StatusCodes.Status409Conflict, localizer["StoreOrders_Error_AlreadyCancelled"]),
            _ => Refuse(StatusCodes.Status409Conflict, localizer["StoreOrders_Error_NotAllowedAny"]),
        };
    }

    private StoreOrderView? Find() => Orders.FirstOrDefault(o => o.Order.Id == OrderId);
}
