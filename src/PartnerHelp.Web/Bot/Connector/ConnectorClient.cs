using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace PartnerHelp.Web.Bot.Connector;

/// <summary>Posts the bot's replies back to the channel (ReplyToActivity), with a bot token when an app password is configured.</summary>
public sealed class ConnectorClient(HttpClient http, IOptions<BotOptions> options)
{
    /// <summary>Sends <paramref name="reply"/>; true when the channel accepted it.</summary>
    public async Task<bool> ReplyAsync(Uri serviceUrl, string conversationId, string? replyToId, JsonObject reply, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ServiceUrls.ReplyUrl(serviceUrl, conversationId, replyToId))
        {
            Content = JsonContent.Create(reply),
        };
        if (await BotTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private async Task<string?> BotTokenAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (string.IsNullOrEmpty(bot.MicrosoftAppId) || string.IsNullOrEmpty(bot.MicrosoftAppPassword))
        {
            return null;
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = bot.MicrosoftAppId,
            ["client_secret"] = bot.MicrosoftAppPassword,
            ["scope"] = bot.ReplyTokenScope,
        });
        try
        {
            using var response = await http.PostAsync(bot.ReplyTokenEndpoint, form, cancellationToken);
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) : null;
            return ActivityJson.String(body, "access_token");
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
