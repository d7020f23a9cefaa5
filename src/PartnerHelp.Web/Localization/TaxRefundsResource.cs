namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/TaxRefundsResource*.resx</c>: the tax refund section of the order page.</summary>
public sealed class TaxRefundsResource;
