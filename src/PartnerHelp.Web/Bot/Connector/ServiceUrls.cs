using System.Net;

namespace PartnerHelp.Web.Bot.Connector;

/// <summary>Which <c>serviceUrl</c>s the bot will post replies to.</summary>
public static class ServiceUrls
{
    /// <summary>An absolute http(s) URL, or null.</summary>
    public static Uri? Parse(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.UserInfo.Length == 0
            ? uri
            : null;

    /// <summary>
    /// Whether the URL names this machine by a loopback literal or <c>localhost</c>. Host names are not
    /// resolved, so DNS cannot turn a loopback check into a relay to another host.
    /// </summary>
    public static bool IsLoopback(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The ReplyToActivity URL: <c>{serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>.</summary>
    public static Uri ReplyUrl(Uri serviceUrl, string conversationId, string? replyToId)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var path = $"{serviceUrl.AbsoluteUri.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(replyToId is { Length: > 0 } ? $"{path}/{Uri.EscapeDataString(replyToId)}" : path);
    }
}
