using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Bot;

/// <summary>
/// Flood limits of the bot's endpoints: per token for Direct Line calls (per client address when there is
/// none) and per client address for tokens and <c>/api/messages</c>. Limits are per node, which is enough
/// to stop one client hammering the database.
/// </summary>
public static class BotRateLimits
{
    /// <summary>Posting activities.</summary>
    public const string Messages = "bot-messages";

    /// <summary>Getting tokens and starting conversations.</summary>
    public const string Tokens = "bot-tokens";

    /// <summary>Polling activities and reconnecting.</summary>
    public const string Reads = "bot-reads";

    /// <summary>The Bot Framework endpoint.</summary>
    public const string Channel = "bot-channel";

    /// <summary>Registers the policies with limits from <paramref name="bot"/>.</summary>
    public static void Configure(RateLimiterOptions options, BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bot);
        options.AddPolicy(Messages, context => PerMinute(ByToken(context), bot.MessagesPerMinute));
        options.AddPolicy(Reads, context => PerMinute(ByToken(context), bot.ReadsPerMinute));
        options.AddPolicy(Tokens, context => PerMinute(ByAddress(context), bot.TokensPerMinute));
        options.AddPolicy(Channel, context => PerMinute(ByAddress(context), bot.ChannelMessagesPerMinute));

        // Bot clients get 429 with the Direct Line error body (other refusals keep the site's own handling).
        // No Retry-After: directlinejs feeds it straight into its retry timer.
        var previous = options.OnRejected;
        options.OnRejected = async (rejected, cancellationToken) =>
        {
            var request = rejected.HttpContext.Request;
            if (!request.Path.StartsWithSegments("/v3/directline") && !request.Path.StartsWithSegments("/api/messages"))
            {
                if (previous is not null)
                {
                    await previous(rejected, cancellationToken);
                }

                return;
            }

            var text = rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ChatResource>>();
            rejected.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await rejected.HttpContext.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = text["Error_TooMany"].Value } }, cancellationToken);
        };
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static string ByToken(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.Length is > 7 and < 512 ? "t:" + authorization : ByAddress(context);
    }

    private static string ByAddress(HttpContext context) => "a:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
