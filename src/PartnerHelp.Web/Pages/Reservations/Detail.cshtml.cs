using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;

namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>
/// One reservation: properties with copyable ids, the scope form, and the way to return or exchange it.
/// After a return it shows the refund the refund job is processing.
/// </summary>
[Authorize(Policy = AccessPolicies.CspAgent)]
[EnableRateLimiting(RateLimits.PartnerActions)]
public sealed class DetailModel(ReservationService reservations, IStringLocalizer<ReservationsResource> localizer) : PartnerPageModel
{
    /// <summary>The scope form.</summary>
    [BindProperty]
    public ScopeInput Input { get; set; } = new();

    /// <summary>The reservation and the decision on returning it.</summary>
    public ReservationView View { get; private set; } = null!;

    /// <summary>Its refund, once returned.</summary>
    public Refund? Refund { get; private set; }

    /// <summary>What the last action did, when it succeeded.</summary>
    public string? Done { get; private set; }

    /// <summary>Shows the reservation; another partner's or an unknown one is a 404.</summary>
    public async Task<IActionResult> OnGetAsync(string id, [FromQuery(Name = "done")] string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new ScopeInput { Scope = View.Reservation.Scope.ToString(), SubscriptionId = View.Reservation.ScopeSubscriptionId };
        Done = done switch
        {
            "scope" => localizer["Scope_Done"].Value,
            "returned" when Refund is not null => localizer["Return_Done", DisplayFormats.Money(Refund.Amount, Refund.Currency), Refund.Id].Value,
            _ => null,
        };
        return Page();
    }

    /// <summary>Changes the scope, or explains why not; a refused post changes nothing.</summary>
    public async Task<IActionResult> OnPostScopeAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["Scope_Error_Invalid"]);
        }

        var scope = Enum.Parse<ReservationScope>(Input.Scope!);
        var subscription = scope == ReservationScope.Shared ? null : Input.SubscriptionId!.Trim();
        var result = await reservations.ChangeScopeAsync(View.Reservation.Id, scope, subscription, User.ToRequester(), cancellationToken);
        return result.Status switch
        {
            PathActionStatus.Done => RedirectToPage("/Reservations/Detail", new { id = View.Reservation.Id, done = "scope" }),
            PathActionStatus.NotFound => NotFound(),
            PathActionStatus.InvalidInput => Refuse(StatusCodes.Status400BadRequest, localizer["Scope_Error_Invalid"]),
            _ => Refuse(StatusCodes.Status409Conflict, localizer["Scope_Error_NotAllowed"]),
        };
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        var view = await reservations.FindAsync(id, requester, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        Refund = view.Reservation.Status == ReservationStatus.Returned ? await reservations.RefundAsync(id, requester, cancellationToken) : null;
        return true;
    }
}
