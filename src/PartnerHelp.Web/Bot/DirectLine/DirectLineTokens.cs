using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens. A token is 32 random bytes; only its hash is stored, with the one
/// conversation it opens and its expiry, so any node can check it and a leaked database holds no tokens.
/// </summary>
public sealed class DirectLineTokens(PartnerHelpDbContext db, TimeProvider time, IOptions<BotOptions> options)
{
    /// <summary>How long an idle conversation is kept.</summary>
    public static readonly TimeSpan ConversationRetention = TimeSpan.FromDays(7);

    /// <summary>Creates a conversation for <paramref name="userId"/> (null = anonymous) and a token for it.</summary>
    public async Task<IssuedToken> CreateConversationAsync(string? userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var conversation = new BotConversation
        {
            Id = RandomId(16),
            ChannelId = "directline",
            UserId = userId,
            CreatedAt = now,
            LastActivityAt = now,
        };
        db.Set<BotConversation>().Add(conversation);
        var issued = Add(conversation.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        await ForgetExpiredAsync(now, cancellationToken);
        return issued;
    }

    /// <summary>A new token for the same conversation.</summary>
    public async Task<IssuedToken> RefreshAsync(string conversationId, CancellationToken cancellationToken)
    {
        var issued = Add(conversationId, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return issued;
    }

    /// <summary>What a presented token is worth.</summary>
    public async Task<TokenCheck> CheckAsync(string token, CancellationToken cancellationToken)
    {
        var secret = options.Value.DirectLineSecret;
        if (!string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(secret)))
        {
            return new TokenCheck(TokenState.Secret, null, null);
        }

        var hash = Hash(token);
        var stored = await db.Set<BotToken>().AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (stored is null)
        {
            return new TokenCheck(TokenState.Unknown, null, null);
        }

        return stored.ExpiresAt <= time.GetUtcNow()
            ? new TokenCheck(TokenState.Expired, stored.ConversationId, stored.ExpiresAt)
            : new TokenCheck(TokenState.Valid, stored.ConversationId, stored.ExpiresAt);
    }

    // Housekeeping on the way: conversations idle for a week are closed with their activities and tokens.
    // Expired tokens are kept as long, so a client still hears "TokenExpired" rather than "unknown".
    private async Task ForgetExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var idleSince = now - ConversationRetention;
        await db.Set<BotToken>().Where(t => t.ExpiresAt < idleSince).ExecuteDeleteAsync(cancellationToken);
        await db.Set<BotActivityRecord>()
            .Where(a => db.Set<BotConversation>().Any(c => c.Id == a.ConversationId && c.LastActivityAt < idleSince))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Set<BotConversation>().Where(c => c.LastActivityAt < idleSince).ExecuteDeleteAsync(cancellationToken);
    }

    private IssuedToken Add(string conversationId, DateTimeOffset now)
    {
        var token = RandomId(32);
        var lifetime = TimeSpan.FromSeconds(Math.Max(60, options.Value.TokenLifetimeSeconds));
        db.Set<BotToken>().Add(new BotToken { Hash = Hash(token), ConversationId = conversationId, IssuedAt = now, ExpiresAt = now + lifetime });
        return new IssuedToken(conversationId, token, (int)lifetime.TotalSeconds);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
