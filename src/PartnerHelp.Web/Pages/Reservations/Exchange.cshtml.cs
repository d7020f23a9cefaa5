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

    /// <summary>The form.</summary>
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
        var sku = Input.NewSku?.Trim() ?? string.Empty;
        var typeOk = Enum.TryParse<ReservationType>(Input.NewType, ignoreCase: false, out var type) && Enum.IsDefined(type) && !int.TryParse(Input.NewType, out _);
        if (!typeOk)
        {
            ModelState.AddModelError("Input.NewType", localizer["Exchange_Validation_Type"]);
        }

        if (sku.Length is 0 or > MaxSkuLength)
        {
            ModelState.AddModelError("Input.NewSku", localizer["Exchange_Validation_Sku", DisplayFormats.Number(MaxSkuLength)]);
        }

        var term = Input.NewTermYears switch { "1" => 1, "3" => 3, _ => 0 };
        if (term == 0)
        {
            ModelState.AddModelError("Input.NewTermYears", localizer["Exchange_Validation_Term"]);
        }

        var price = ParseAmount(Input.NewPrice);
        if (price is null)
        {
            ModelState.AddModelError("Input.NewPrice", localizer["Exchange_Validation_Price", DisplayFormats.Money(1234.50m, View.Reservation.Currency)]);
        }

        return ModelState.ErrorCount > 0 ? null : (type, sku, term, new Money(price!.Value, View.Reservation.Currency));
    }

    /// <summary>A positive amount with at most two decimals, as written in the current culture.</summary>
    private static decimal? ParseAmount(string? text)
    {
        var value = text?.Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ');
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.NumberGroupSeparator = format.NumberGroupSeparator.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        return !string.IsNullOrEmpty(value) && value.Length <= 32
            && decimal.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, format, out var amount)
            && amount > 0m && amount <= 100_000_000m && decimal.Round(amount, 2) == amount
            ? amount
            : null;
    }
}
