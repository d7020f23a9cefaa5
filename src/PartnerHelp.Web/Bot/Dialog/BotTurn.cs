using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Bot;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>One incoming message with who sent it and where links should point.</summary>
/// <param name="Text">The message text.</param>
/// <param name="Locale">The activity's <c>locale</c>, if any.</param>
/// <param name="Conversation">The stored conversation; the dialog updates its state.</param>
/// <param name="Requester">Who asks (anonymous for visitors and channels).</param>
/// <param name="DisplayName">The user's name for greetings, if known.</param>
/// <param name="SiteBase">Absolute base of site links, e.g. <c>https://partnerhelp.example</c>.</param>
public sealed record BotTurn(string? Text, string? Locale, BotConversation Conversation, Requester Requester, string? DisplayName, string SiteBase)
{
    /// <summary>Set by an answer that asks the user which order or resource they mean.</summary>
    public bool AskedForResource { get; set; }
}
