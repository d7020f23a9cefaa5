namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/CreditRequestsResource*.resx</c>: credit requests.</summary>
public sealed class CreditRequestsResource;
