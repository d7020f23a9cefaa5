namespace PartnerHelp.Core.Reservations;

/// <summary>Life-cycle of a reservation.</summary>
public enum ReservationStatus
{
    /// <summary>In force.</summary>
    Active = 0,

    /// <summary>Returned for a prorated refund.</summary>
    Returned = 1,

    /// <summary>Exchanged for a new reservation of the same type.</summary>
    Exchanged = 2,
}
