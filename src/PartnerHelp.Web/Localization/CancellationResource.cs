namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/CancellationResource*.resx</c>: the self-serve cancel flow and its errors.</summary>
public sealed class CancellationResource;
