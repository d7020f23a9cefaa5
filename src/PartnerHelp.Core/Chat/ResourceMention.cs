namespace PartnerHelp.Core.Chat;

/// <summary>Where a resource id was found in a message.</summary>
/// <param name="Resource">The resource, id normalised.</param>
/// <param name="Index">Start in the normalised text (<see cref="ResourceIds.Normalize"/>).</param>
/// <param name="Length">Length in the normalised text.</param>
/// <param name="Loose">
/// Written with a space between letters and digits ("ct 1002"): an id only when it names one of the user's
/// resources or its letters are not an ordinary word.
/// </param>
public sealed record ResourceMention(NamedResource Resource, int Index, int Length, bool Loose);
