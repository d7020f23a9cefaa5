namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/StoreOrdersResource*.resx</c>: store orders and pre-orders, cancelling items.</summary>
public sealed class StoreOrdersResource;
