using PartnerHelp.Core.Eligibility;

namespace PartnerHelp.Core.Reservations;

/// <summary>A proposed exchange: the reservation given back and the new purchase wanted.</summary>
public sealed record ReservationExchange(Reservation Current, ReservationType NewType, Money NewPrice) : IEligibilitySubject
{
    /// <inheritdoc />
    public string Id => Current.Id;

    /// <inheritdoc />
    public string PartnerId => Current.PartnerId;
}
