namespace PartnerHelp.Core.Reservations;

/// <summary>Where a reservation's discount applies.</summary>
public enum ReservationScope
{
    /// <summary>One subscription.</summary>
    SingleSubscription = 0,

    /// <summary>Every subscription of the customer.</summary>
    Shared = 1,
}
