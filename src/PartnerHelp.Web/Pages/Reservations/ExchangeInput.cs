namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>
/// The exchange form: only what the agent chooses. The amount returned is never posted; the server
/// computes it (validated by hand in <see cref="ExchangeModel"/>).
/// </summary>
public sealed class ExchangeInput
{
    /// <summary><see cref="Core.Reservations.ReservationType"/> of the new reservation, by name.</summary>
    public string? NewType { get; set; }

    /// <summary>The new SKU.</summary>
    public string? NewSku { get; set; }

    /// <summary>The new term in years (1 or 3).</summary>
    public string? NewTermYears { get; set; }

    /// <summary>The new reservation's price, in the reservation's currency, as typed in the current culture.</summary>
    public string? NewPrice { get; set; }
}
