using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace PartnerHelp.Web.Bot;

/// <summary>
/// The chat panel's markup (<c>Pages/Shared/_ChatPanel.cshtml</c>), rendered once per culture and path base and then
/// written again with each request's identity in it. The panel is on every page and its seventeen localized attributes
/// were about 6% of what an order page allocated (docs/performance.md); apart from the identity they depend only on the
/// UI culture, the path base and the bot's options, which do not change while the site runs. The partial is rendered
/// with a placeholder identity, which must appear in it exactly once; the request's identity is HTML-encoded where the
/// placeholder was, as Razor would have encoded it.
/// </summary>
public sealed class ChatPanelMarkup(HtmlEncoder encoder)
{
    /// <summary>Stands for the identity while the partial renders: letters, digits and '-' only, so encoding keeps it as it is.</summary>
    public const string IdentityPlaceholder = "chat-identity-placeholder-7c2f";

    // Nine cultures and, normally, one path base; a path base a proxy sets per request could otherwise grow this without end.
    private const int MaxEntries = 64;

    private readonly ConcurrentDictionary<(string Culture, string PathBase), (string Before, string After)> _rendered = new();

    /// <summary>
    /// The conversation is kept per tab and per identity: signing in or out starts a new one, so a token issued to an
    /// anonymous visitor is never reused for a signed-in user (or the other way round).
    /// </summary>
    public static string Identity(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "user" : "anonymous";
    }

    /// <summary>The panel for the current request, rendered through <paramref name="html"/> the first time.</summary>
    public async Task<IHtmlContent> RenderAsync(IHtmlHelper html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var context = html.ViewContext.HttpContext;
        var key = (CultureInfo.CurrentUICulture.Name, context.Request.PathBase.Value ?? string.Empty);
        if (!_rendered.TryGetValue(key, out var parts))
        {
            parts = await RenderOnceAsync(html);
            if (_rendered.Count < MaxEntries)
            {
                _rendered.TryAdd(key, parts);
            }
        }

        return new Filled(parts.Before, Identity(context.User), parts.After);
    }

    private async Task<(string Before, string After)> RenderOnceAsync(IHtmlHelper html)
    {
        var content = await html.PartialAsync("_ChatPanel", IdentityPlaceholder);
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, encoder);
        var text = writer.ToString();
        var at = text.IndexOf(IdentityPlaceholder, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(IdentityPlaceholder, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException("_ChatPanel must write its model, the identity, exactly once.");
        }

        return (text[..at], text[(at + IdentityPlaceholder.Length)..]);
    }

    /// <summary>The rendered panel with one request's identity.</summary>
    private sealed class Filled(string before, string identity, string after) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write(before);
            encoder.Encode(writer, identity);
            writer.Write(after);
        }
    }
}
