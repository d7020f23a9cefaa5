using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;

namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>
/// Exchanging a reservation: the agent enters the new purchase, sees the arithmetic (prorated value
/// returned, new price, due now) and the decision, then confirms. Both steps re-evaluate on the server.
/// </summary>
[Authorize(Policy = AccessPolicies.CspAgent)]
[EnableRateLimiting(RateLimits.PartnerActions)]
public sealed class ExchangeModel(ReservationService reservations, IStringLocalizer<ReservationsResource> localizer) : PartnerPageModel
{
    /// <summary>The longest SKU name accepted.</summary>
    public const int MaxSkuLength = 100;

    /// <summary>The form, validated again once the reservation (whose currency the price's example is in) is loaded.</summary>
    [BindProperty]
    public ExchangeInput Input { get; set; } = new();

    /// <summary>The reservation given back.</summary>
    public ReservationView View { get; private set; } = null!;

    /// <summary>The arithmetic and decision for the posted form.</summary>
    public ExchangeQuote? Quote { get; private set; }

    /// <summary>Shows the form (the same type and term pre-selected).</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new ExchangeInput { NewType = View.Reservation.Type.ToString(), NewTermYears = View.Reservation.TermYears.ToString(CultureInfo.InvariantCulture) };
        return Page();
    }

    /// <summary>Shows the arithmetic and whether the exchange is allowed.</summary>
    public async Task<IActionResult> OnPostQuoteAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Validate() is not { } wanted)
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["Exchange_Error_Invalid"]);
        }

        Quote = await reservations.QuoteExchangeAsync(View.Reservation.Id, wanted.Type, wanted.Price, User.ToRequester(), cancellationToken);
        return Quote is null ? NotFound() : Page();
    }

    /// <summary>Exchanges, or explains why not; a refused post changes nothing.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Validate() is not { } wanted)
        {
            return Refuse(StatusCodes.Status400BadRequest, localizer["Exchange_Error_Invalid"]);
        }

        var requester = User.ToRequester();
        var result = await reservations.ExchangeAsync(View.Reservation.Id, wanted.Type, wanted.Sku, wanted.Term, wanted.Price, requester, cancellationToken);
        switch (result.Status)
        {
            case PathActionStatus.Done:
                return RedirectToPage("/Reservations/Customer", new { customerId = View.Reservation.CustomerId, exchanged = View.Reservation.Id, @new = result.Reference });
            case PathActionStatus.NotFound:
                return NotFound();
            case PathActionStatus.InvalidInput:
                return Refuse(StatusCodes.Status400BadRequest, localizer["Exchange_Error_Invalid"]);
            default:
                await LoadAsync(id, cancellationToken);
                Quote = await reservations.QuoteExchangeAsync(View.Reservation.Id, wanted.Type, wanted.Price, requester, cancellationToken);
                return Refuse(StatusCodes.Status409Conflict, localizer["Exchange_Error_NotAllowed"]);
        }
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var view = await reservations.FindAsync(id, User.ToRequester(), cancellationToken);
        View = view!;
        return view is not null;
    }

    private (ReservationType Type, string Sku, int Term, Money Price)? Validate()
    {
        Input.Currency = View.Reservation.Currency;
        ModelState.ClearValidationState(nameof(Input));
        if (!TryValidateModel(Input, nameof(Input)))
        {
            return null;
        }

        return (Enum.Parse<ReservationType>(Input.NewType!), Input.NewSku!.Trim(), int.Parse(Input.NewTermYears!, CultureInfo.InvariantCulture),
            new Money(PriceAttribute.Parse(Input.NewPrice)!.Value, View.Reservation.Currency));
    }
}
