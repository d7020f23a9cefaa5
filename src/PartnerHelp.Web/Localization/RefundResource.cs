namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/RefundResource*.resx</c>: offers, reasons, remedies, refund states (pages, API, bot, jobs).</summary>
public sealed class RefundResource;
