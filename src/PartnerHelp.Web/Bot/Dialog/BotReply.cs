namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// One answer of the bot: text, suggested replies, link buttons (rendered as a Hero card) and what it was
/// about (topic, resource, outcome and reason codes), which goes into <c>channelData</c> so clients and
/// tests can compare the bot with the eligibility API.
/// </summary>
public sealed record BotReply(
    string Text,
    string Locale,
    IReadOnlyList<CardAction> SuggestedActions,
    IReadOnlyList<CardAction> Links,
    string Topic,
    string? Resource = null,
    string? Outcome = null,
    IReadOnlyList<string>? ReasonCodes = null)
{
    /// <summary>Whether <see cref="Resource"/> was found among the user's own (false: the unknown-id answer); null for general answers.</summary>
    public bool? Found { get; init; }

    /// <summary>For a tax-refund answer about an order: the tax refund's own decision (the order's is <see cref="Outcome"/>).</summary>
    public string? TaxRefundOutcome { get; init; }

    /// <summary>The reason codes of <see cref="TaxRefundOutcome"/>.</summary>
    public IReadOnlyList<string>? TaxRefundReasonCodes { get; init; }
}
