using System.Net;
using System.Net.Http.Headers;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests;

public sealed class SiteBasicsTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    [Theory]
    [InlineData("sv-SE,sv;q=0.9,en;q=0.5", "/sv")]
    [InlineData("vi", "/vi")]
    [InlineData("pt-BR", "/pt-BR")]
    [InlineData("zu", "/en")]
    public async Task Root_RedirectsToTheBestCulture_FromAcceptLanguage(string acceptLanguage, string expected)
    {
        var client = site.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Root_PrefersTheRememberedCulture_OverAcceptLanguage()
    {
        var client = site.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi"));
        (await client.GetAsync("/sv")).Dispose();

        using var response = await client.GetAsync("/");

        Assert.Equal("/sv", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/xx")]
    [InlineData("/en-GB")]
    [InlineData("/xx/account/sign-in")]
    [InlineData("/en/no-such-page")]
    public async Task UnknownCultureOrPage_Answers404WithTheLocalizedPage(string path)
    {
        using var response = await site.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "dir=\"rtl\"")]
    [InlineData("en", "dir=\"ltr\"")]
    public async Task Layout_SetsLanguageAndDirection_ForTheCulture(string culture, string dir)
    {
        var html = await site.CreateBrowserLikeClient().GetStringAsync($"/{culture}");

        Assert.Contains($"lang=\"{culture}\"", html, StringComparison.Ordinal);
        Assert.Contains(dir, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticAssets_AreServedFromTheTopLevelWwwroot()
    {
        var expected = await File.ReadAllBytesAsync(RepoPaths.Combine("wwwroot", "css", "site.css"));

        var served = await site.CreateBrowserLikeClient().GetByteArrayAsync("/css/site.css");

        Assert.Equal(expected, served);
    }

    [Fact]
    public async Task Healthz_IsHealthy_WhenTheDatabaseAnswers()
    {
        using var response = await site.CreateBrowserLikeClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
