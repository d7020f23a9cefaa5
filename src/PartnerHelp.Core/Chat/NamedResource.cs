namespace PartnerHelp.Core.Chat;

/// <summary>A resource named in a help-bot message, its id normalised as the site stores it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Id">Its id (upper case, or lower case for a reservation GUID).</param>
public sealed record NamedResource(NamedResourceKind Kind, string Id);
