using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnerHelp.Web.Tests.Bot.Connector;

/// <summary>
/// A local Bot Framework channel for tests: publishes OpenID metadata with its own RSA signing key, signs
/// channel tokens with it, and records the replies the bot posts to <c>/v3/conversations/…/activities/…</c>.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private readonly RSA _key = RSA.Create(2048);
    private readonly WebApplication _app;

    private FakeChannel(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public string MetadataUrl => $"{Url}/v1/.well-known/openidconfiguration";

    public ConcurrentQueue<(string Path, string? Authorization, JsonObject Activity)> Replies { get; } = new();

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeChannel? channel = null;
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new { issuer = Issuer, jwks_uri = $"{channel!.Url}/v1/keys", id_token_signing_alg_values_supported = new[] { "RS256" } }));
        app.MapGet("/v1/keys", () => Results.Json(new { keys = new[] { channel!.Jwk() } }));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpContext c) =>
        {
            var activity = (await JsonNode.ParseAsync(c.Request.Body))!.AsObject();
            channel!.Replies.Enqueue((c.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget, c.Request.Headers.Authorization.ToString(), activity));
            return Results.Json(new { id = "reply-1" });
        });
        await app.StartAsync();
        channel = new FakeChannel(app, app.Urls.First().TrimEnd('/'));
        return channel;
    }

    /// <summary>A channel token; parameters default to a valid one for <paramref name="audience"/>.</summary>
    public string Token(string audience, string serviceUrl, string issuer = Issuer, TimeSpan? expiresIn = null, RSA? signWith = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signWith ?? _key) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
    }

    private object Jwk()
    {
        var parameters = _key.ExportParameters(false);
        return new
        {
            kty = "RSA", use = "sig", kid = "test-key", alg = "RS256",
            n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = new[] { "emulator", "webchat" },
        };
    }
}
