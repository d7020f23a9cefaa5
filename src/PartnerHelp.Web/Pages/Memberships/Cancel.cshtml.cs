using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Memberships;

/// <summary>
/// The self-serve cancel form. The decision is the eligibility service's, through
/// <see cref="MembershipCancellation"/>; this page only checks the form. Every rejected post re-renders
/// the page with a localized message and changes nothing.
/// </summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
[AntiforgeryRefusal(typeof(CancellationResource), "Cancel_Error_FormExpired")]
[EnableRateLimiting(RateLimits.PartnerActions)]
public sealed class CancelModel(
    PartnerOrders orders,
    MembershipCancellation cancellation,
    IStringLocalizer<CancellationResource> localizer) : PartnerPageModel
{
    /// <summary>The reasons offered, in display order.</summary>
    public static IReadOnlyList<CancellationReason> Reasons { get; } = Enum.GetValues<CancellationReason>();

    /// <summary>The form.</summary>
    [BindProperty]
    public CancelInput Input { get; set; } = new();

    /// <summary>The order and the decision for this user.</summary>
    public OrderView View { get; private set; } = null!;

    /// <summary>Shows the form, or why the order cannot be cancelled.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var view = await orders.FindAsync(id, User.ToRequester(), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>Cancels the order, or explains why not.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        var view = await orders.FindAsync(id, requester, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        if (!ModelState.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["Cancel_Error_Invalid"]);
        }

        var reason = Enum.Parse<CancellationReason>(Input.Reason!);
        var note = TextLengthAttribute.Normalize(Input.Note);
        var result = await cancellation.CancelAsync(view.Order.Id, requester, reason, note.Length == 0 ? null : note, cancellationToken);
        switch (result.Status)
        {
            case CancellationStatus.Cancelled:
                return RedirectToPage("/Memberships/Cancelled", new { id = view.Order.Id });
            case CancellationStatus.NotFound:
                return NotFound();
            case CancellationStatus.AlreadyCancelled:
                View = await orders.FindAsync(id, requester, cancellationToken) ?? view;
                return Refuse(StatusCodes.Status409Conflict, localizer["Cancel_Error_AlreadyCancelled"]);
            case CancellationStatus.NotAllowed:
                View = await orders.FindAsync(id, requester, cancellationToken) ?? view;
                return Refuse(StatusCodes.Status409Conflict, localizer["Cancel_Error_NotAllowed"]);
            default:
                return Refuse(StatusCodes.Status400BadRequest, localizer["Cancel_Error_Invalid"]);
        }
    }
}
