using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Reservations;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>A reservation with the decision on returning it, for the requester.</summary>
public sealed record ReservationView(Reservation Reservation, EligibilityResult Return);
