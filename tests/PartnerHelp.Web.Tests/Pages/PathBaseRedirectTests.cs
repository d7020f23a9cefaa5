using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Pages;

/// <summary>
/// The redirects made outside page models (the site root, the sign-in challenge) are routed to the page in the
/// visitor's culture and keep a path base, as a site behind a reverse proxy at a sub-path needs.
/// </summary>
public sealed class PathBaseRedirectTests : IDisposable
{
    private const string Base = "/partnerhelp";
    private readonly PartnerHelpFactory _site = new();
    private readonly WebApplicationFactory<Program> _based;

    public PathBaseRedirectTests()
    {
        _site.Settings["Jobs:Enabled"] = "false";
        _based = _site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new PathBaseFilter())));
    }

    [Theory]
    [InlineData("sv-SE,sv;q=0.9", Base + "/sv")]
    [InlineData("ar", Base + "/ar")]
    [InlineData("zu", Base + "/en")]
    public async Task Root_RedirectsToTheHomePageOfTheBestCulture_UnderThePathBase(string acceptLanguage, string expected)
    {
        using var client = _based.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        using var response = await client.GetAsync(Base + "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/vi/memberships")]
    [InlineData("/pt-BR/tickets/new?order=CT-1005")]
    public async Task PartnerPage_RedirectsToSignInInItsCulture_UnderThePathBase(string path)
    {
        using var client = _based.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(Base + path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Base}/{path.Split('/')[1]}/account/sign-in?returnUrl={Uri.EscapeDataString(Base + path)}", response.Headers.Location?.OriginalString);
    }

    public void Dispose()
    {
        _based.Dispose();
        _site.Dispose();
    }

    private sealed class PathBaseFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UsePathBase(Base);
            next(app);
        };
    }
}
