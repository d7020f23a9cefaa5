namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>A button: <c>imBack</c> sends <see cref="Value"/> as the user's message, <c>openUrl</c> opens it.</summary>
public sealed record CardAction(string Type, string Title, string Value)
{
    /// <summary>A button that sends <paramref name="value"/> back as a message.</summary>
    public static CardAction ImBack(string title, string value) => new("imBack", title, value);

    /// <summary>A button that opens <paramref name="url"/>.</summary>
    public static CardAction OpenUrl(string title, string url) => new("openUrl", title, url);
}
