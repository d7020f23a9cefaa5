using Microsoft.AspNetCore.Mvc.ModelBinding;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>
/// The exchange form: only what the agent chooses. The amount returned is never posted; the server computes it.
/// Messages from ReservationsResource.
/// </summary>
[ValidationResource(typeof(ReservationsResource))]
public sealed class ExchangeInput
{
    /// <summary><see cref="ReservationType"/> of the new reservation, by name.</summary>
    [EnumName(typeof(ReservationType), ErrorMessage = "Exchange_Validation_Type")]
    public string? NewType { get; set; }

    /// <summary>The new SKU.</summary>
    [TextLength(ExchangeModel.MaxSkuLength, Required = true, ErrorMessage = "Exchange_Validation_Sku")]
    public string? NewSku { get; set; }

    /// <summary>The new term in years (1 or 3).</summary>
    [OneOf("1", "3", ErrorMessage = "Exchange_Validation_Term")]
    public string? NewTermYears { get; set; }

    /// <summary>The new reservation's price, in the reservation's currency, as typed in the current culture.</summary>
    [Price(ErrorMessage = "Exchange_Validation_Price")]
    public string? NewPrice { get; set; }

    /// <summary>The reservation's currency, set by the page (never posted): the price's example is in it.</summary>
    [BindNever]
    public string Currency { get; set; } = string.Empty;
}
