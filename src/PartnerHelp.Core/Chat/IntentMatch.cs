namespace PartnerHelp.Core.Chat;

/// <summary>What the recognizer understood from one message.</summary>
/// <param name="Intent">The intent, or <see cref="ChatIntent.None"/>.</param>
/// <param name="OrderId">An order number named in the message, normalised (e.g. <c>CT-1002</c>), if any.</param>
/// <param name="MentionsOrder">Whether the message talks about an order ("my order") without naming one.</param>
/// <param name="Language">The site culture the message seems written in (e.g. <c>sv</c>), or null when unsure.</param>
/// <param name="Resource">A subscription, reservation, store order or item, or credit request named by id, if any.</param>
public sealed record IntentMatch(ChatIntent Intent, string? OrderId, bool MentionsOrder, string? Language, NamedResource? Resource = null);
