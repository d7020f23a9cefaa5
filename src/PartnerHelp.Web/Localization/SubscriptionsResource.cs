namespace PartnerHelp.Web.Localization;

/// <summary>Marker for <c>Resources/SubscriptionsResource*.resx</c>: CSP subscriptions and their invoice credits.</summary>
public sealed class SubscriptionsResource;
