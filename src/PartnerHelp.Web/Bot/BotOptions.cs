namespace PartnerHelp.Web.Bot;

/// <summary>Configuration of the help bot (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot";

    /// <summary>The bot's id in activities it sends.</summary>
    public string BotId { get; set; } = "partnerhelp-bot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "PartnerHelp";

    /// <summary>
    /// The Microsoft App ID. Empty (the default) = local mode, as the Bot Framework Emulator expects: no
    /// channel authentication, and replies only to a loopback serviceUrl.
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app password, used to get a token for replies when an app id is set (optional).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Where the channel's signing keys are published.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer channel tokens must carry.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Token endpoint for the bot's own replies (client credentials).</summary>
    public string ReplyTokenEndpoint { get; set; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    /// <summary>Scope requested for the bot's own replies.</summary>
    public string ReplyTokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>An optional Direct Line secret for server-side clients; never sent to a browser.</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>How long a Direct Line token lives.</summary>
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Largest activity body accepted, in bytes: the Bot Framework Service's own limit (256 KB), so whatever a channel delivers is read.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Longest message text accepted, in characters: 80,000 fits the 256 KB activity in every script (three UTF-8
    /// bytes a character at most, as in Japanese), so a text within it is never refused for its bytes.
    /// </summary>
    public int MaxTextLength { get; set; } = 80_000;

    /// <summary>Activities one token may post per minute.</summary>
    public int MessagesPerMinute { get; set; } = 30;

    /// <summary>Tokens one client address may get per minute.</summary>
    public int TokensPerMinute { get; set; } = 60;

    /// <summary>Activity reads (polls) one token may make per minute.</summary>
    public int ReadsPerMinute { get; set; } = 600;

    /// <summary>How often an open WebSocket stream looks for new activities, in milliseconds.</summary>
    public int StreamPollMilliseconds { get; set; } = 500;

    /// <summary>Activities one client address may post to <c>/api/messages</c> per minute.</summary>
    public int ChannelMessagesPerMinute { get; set; } = 120;
}
