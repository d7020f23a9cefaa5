using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PartnerHelp.Web.Bot.Connector;

/// <summary>
/// Validates the JWT a Bot Framework channel sends to <c>/api/messages</c>: RS256 signature with a key from
/// the configured OpenID metadata, issuer, audience (the app id), lifetime with five minutes of skew, and the
/// <c>serviceurl</c> claim equal to the activity's serviceUrl. Keys are cached and refreshed by the
/// configuration manager.
/// </summary>
public sealed class ChannelAuthenticator
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
    private readonly BotOptions _options;
    private readonly TimeProvider _time;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Creates the authenticator over the configured metadata URL.</summary>
    public ChannelAuthenticator(IOptions<BotOptions> options, TimeProvider time, IHttpClientFactory clients)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clients);
        _options = options.Value;
        _time = time;
        var retriever = new HttpDocumentRetriever(clients.CreateClient(nameof(ChannelAuthenticator)))
        {
            RequireHttps = _options.OpenIdMetadataUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase),
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    /// <summary>
    /// Whether <paramref name="token"/> is a valid channel token for an activity from <paramref name="serviceUrl"/>
    /// on <paramref name="channelId"/>. A signing key that lists endorsements must endorse that channel.
    /// </summary>
    public async Task<bool> IsValidAsync(string token, string serviceUrl, string channelId, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _options.ChannelIssuer,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = (notBefore, expires, _, _) => InsideLifetime(notBefore, expires),
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return false;
        }

        if (!Endorses(configuration, result.SecurityToken?.SigningKey?.KeyId ?? (result.SecurityToken as JsonWebToken)?.Kid, channelId))
        {
            return false;
        }

        var claimed = result.Claims.TryGetValue("serviceurl", out var lower) ? lower as string
            : result.Claims.TryGetValue("serviceUrl", out var camel) ? camel as string : null;
        return claimed is not null && string.Equals(claimed.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }

    private static bool Endorses(OpenIdConnectConfiguration configuration, string? keyId, string channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return true;
        }

        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => string.Equals(e?.ToString(), channelId, StringComparison.Ordinal)),
            _ => false,
        };
    }

    private bool InsideLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } end && now <= end.ToUniversalTime() + Skew && (notBefore is not { } start || now >= start.ToUniversalTime() - Skew);
    }
}
