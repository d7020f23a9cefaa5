namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// One answer of the bot: text, suggested replies, link buttons (rendered as a Hero card) and what it was
/// about (intent, order, outcome and reason codes), which goes into <c>channelData</c> so clients and
/// tests can compare the bot with the eligibility API.
/// </summary>
public sealed record BotReply(
    string Text,
    string Locale,
    IReadOnlyList<CardAction> SuggestedActions,
    IReadOnlyList<CardAction> Links,
    string Intent,
    string? OrderId = null,
    string? Outcome = null,
    IReadOnlyList<string>? ReasonCodes = null);
