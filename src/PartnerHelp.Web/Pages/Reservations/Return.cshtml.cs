using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>
/// Returning a reservation: the prorated refund and a confirmation. The amount is the eligibility
/// service's, computed on the server at the moment of the return; nothing posted can change it.
/// </summary>
[Authorize(Policy = AccessPolicies.CspAgent)]
[EnableRateLimiting(RateLimits.PartnerActions)]
[ValidationResource(typeof(ReservationsResource))]
public sealed class ReturnModel(ReservationService reservations, IStringLocalizer<ReservationsResource> localizer) : PartnerPageModel
{
    /// <summary>The agent confirms the customer wants the return.</summary>
    [BindProperty(Name = nameof(Confirm))]
    [Display(Name = "Return_Confirm_Field")]
    [MustBeTrue(ErrorMessage = "Return_Validation_Confirm")]
    public bool Confirm { get; set; }

    /// <summary>The reservation and the decision on returning it.</summary>
    public ReservationView View { get; private set; } = null!;

    /// <summary>Shows the refund and the confirmation, or why it cannot be returned.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var view = await reservations.FindAsync(id, User.ToRequester(), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>Returns the reservation; the refund job pays the refund.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        var view = await reservations.FindAsync(id, requester, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        if (!ModelState.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["Return_Error_Invalid"]);
        }

        var result = await reservations.ReturnAsync(view.Reservation.Id, requester, cancellationToken);
        if (result.Status == PathActionStatus.Done)
        {
            return RedirectToPage("/Reservations/Detail", new { id = view.Reservation.Id, done = "returned" });
        }

        if (result.Status == PathActionStatus.NotFound)
        {
            return NotFound();
        }

        View = await reservations.FindAsync(id, requester, cancellationToken) ?? view;
        return Refuse(StatusCodes.Status409Conflict, localizer[result.Status == PathActionStatus.Conflict ? "Return_Error_AlreadyEnded" : "Return_Error_NotAllowed"]);
    }
}
