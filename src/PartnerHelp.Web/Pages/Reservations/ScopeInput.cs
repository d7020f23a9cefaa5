namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>The scope form (validated by hand in <see cref="DetailModel"/>, so every message comes from ReservationsResource).</summary>
public sealed class ScopeInput
{
    /// <summary><see cref="Core.Reservations.ReservationScope"/> by name.</summary>
    public string? Scope { get; set; }

    /// <summary>The linked subscription, for a single-subscription scope.</summary>
    public string? SubscriptionId { get; set; }
}
