using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PartnerHelp.Web.Bot.DirectLine;

namespace PartnerHelp.Web.Bot;

/// <summary>
/// Flood limits of the bot's endpoints: per token for Direct Line calls (per client address when there is
/// none) and per client address for tokens and <c>/api/messages</c>. The bot keeps its own limiters, applied
/// as endpoint filters, so they do not depend on (or double-count with) the site's rate-limiting middleware.
/// Limits are per node, which is enough to stop one client hammering the database.
/// </summary>
public sealed class BotRateLimits : IDisposable
{
    /// <summary>Posting activities.</summary>
    public const string Messages = "bot-messages";

    /// <summary>Getting tokens and starting conversations.</summary>
    public const string Tokens = "bot-tokens";

    /// <summary>Polling activities, reconnecting and streaming.</summary>
    public const string Reads = "bot-reads";

    /// <summary>The Bot Framework endpoint.</summary>
    public const string Channel = "bot-channel";

    private readonly Dictionary<string, PartitionedRateLimiter<HttpContext>> _limiters;

    /// <summary>Creates the limiters with the configured budgets.</summary>
    public BotRateLimits(IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bot = options.Value;
        _limiters = new(StringComparer.Ordinal)
        {
            [Messages] = PartitionedRateLimiter.Create<HttpContext, string>(c => PerMinute(ByToken(c), bot.MessagesPerMinute)),
            [Reads] = PartitionedRateLimiter.Create<HttpContext, string>(c => PerMinute(ByToken(c), bot.ReadsPerMinute)),
            [Tokens] = PartitionedRateLimiter.Create<HttpContext, string>(c => PerMinute(ByAddress(c), bot.TokensPerMinute)),
            [Channel] = PartitionedRateLimiter.Create<HttpContext, string>(c => PerMinute(ByAddress(c), bot.ChannelMessagesPerMinute)),
        };
    }

    /// <summary>Whether <paramref name="context"/> is within the budget of <paramref name="policy"/> (and takes one permit).</summary>
    public bool TryAcquire(string policy, HttpContext context)
    {
        using var lease = _limiters[policy].AttemptAcquire(context);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
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
        if (authorization.Length is > 7 and < 512)
        {
            return "t:" + authorization;
        }

        var streamToken = context.Request.Query["t"].ToString();
        return streamToken.Length is > 0 and < 512 ? "t:Bearer " + streamToken : ByAddress(context);
    }

    private static string ByAddress(HttpContext context) => "a:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
