namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/CriteriaResource*.resx</c>: the refund criteria page.</summary>
public sealed class CriteriaResource;
