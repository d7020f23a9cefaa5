namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/SharedResource*.resx</c>: layout, navigation, accounts, errors, validation.</summary>
public sealed class SharedResource;
