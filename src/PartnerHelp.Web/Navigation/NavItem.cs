namespace PartnerHelp.Web.Navigation;

/// <summary>
/// One entry of the side navigation: its label key in SharedResource, its path and who sees it.
/// <paramref name="Path"/> is relative to the culture (<c>memberships</c> → <c>/en/memberships</c>) unless it starts with '/'.
/// </summary>
public sealed record NavItem(string LabelKey, string Path, string? Policy);
