using System.Net;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Security;

public sealed class HardeningTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    [Theory]
    [InlineData("/en")]
    [InlineData("/en/account/sign-in")]
    [InlineData("/api/v1/orders")]
    [InlineData("/en/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var response = await site.CreateBrowserLikeClient().GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task PlainHttp_IsServedWithoutRedirectOrHsts_WhenNoHttpsEndpointExists()
    {
        using var response = await site.CreateBrowserLikeClient().GetAsync("/en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Cookies_AreHttpOnlyAndNotMarkedSecure_OnPlainHttp()
    {
        var client = site.CreateBrowserLikeClient();

        using var response = await SiteSignIn.PostAsync(client, "admin@contoso.example");

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        var auth = Assert.Single(cookies, c => c.StartsWith("PartnerHelp.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", auth, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class SignInRateLimitTests : IDisposable
{
    private readonly PartnerHelpFactory _site = new();

    public SignInRateLimitTests() => _site.Settings["RateLimits:SignInPerMinute"] = "3";

    [Fact]
    public async Task SignIn_Answers429WithALocalizedPage_WhenTooManyAttemptsComeFromOneClient()
    {
        var client = _site.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await SiteSignIn.PostAsync(client, "admin@contoso.example", "wrong-password-" + i, "sv");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("För många försök", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var page = await client.GetAsync("/sv/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    public void Dispose() => _site.Dispose();
}

public sealed class CorrelationIdTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    [Fact]
    public async Task Response_EchoesTheCallersCorrelationId_WhenWellFormed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("X-Correlation-Id", "abc-123_x.y");

        using var response = await site.CreateBrowserLikeClient().SendAsync(request);

        Assert.Equal("abc-123_x.y", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("an id with spaces")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task Response_ReplacesAMalformedCorrelationId_WithItsOwn(string hostile)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", hostile);

        using var response = await site.CreateBrowserLikeClient().SendAsync(request);

        var id = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        Assert.NotEqual(hostile, id);
        Assert.Matches("^[A-Za-z0-9._-]{1,64}$", id);
    }
}
