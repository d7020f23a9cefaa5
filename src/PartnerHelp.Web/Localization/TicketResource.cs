namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/TicketResource*.resx</c>: support tickets.</summary>
public sealed class TicketResource;
