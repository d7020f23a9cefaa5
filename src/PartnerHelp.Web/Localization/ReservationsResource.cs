namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/ReservationsResource*.resx</c>: customers' Azure reservations (overview, scope, return, exchange).</summary>
public sealed class ReservationsResource;
