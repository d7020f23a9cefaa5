using System.Net;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Pages.Account;

public sealed class SignInTests(PartnerHelpFactory site) : IClassFixture<PartnerHelpFactory>
{
    [Theory]
    [InlineData("admin@contoso.example")]
    [InlineData("user@contoso.example")]
    [InlineData("admin@fabrikam.example")]
    [InlineData("agent@northwind.example")]
    [InlineData("ops@partnerhelp.example")]
    public async Task SignIn_Succeeds_ForEveryDemoUser(string email)
    {
        var client = site.CreateBrowserLikeClient();

        using var response = await SiteSignIn.PostAsync(client, email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en", response.Headers.Location?.OriginalString);
        Assert.Contains("PartnerHelp.Auth", string.Join(";", response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The e-mail address or password is not correct.")]
    [InlineData("vi", "Địa chỉ email hoặc mật khẩu không đúng.")]
    [InlineData("sv", "E-postadressen eller lösenordet är fel.")]
    public async Task SignIn_ShowsALocalizedErrorAndNoCookie_WhenPasswordIsWrong(string culture, string message)
    {
        var client = site.CreateBrowserLikeClient();

        using var response = await SiteSignIn.PostAsync(client, "admin@contoso.example", "wrong-password-1", culture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("PartnerHelp.Auth", string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ReturnsToTheLocalPage_AndIgnoresForeignReturnUrls()
    {
        var client = site.CreateBrowserLikeClient();
        var token = await SiteSignIn.AntiforgeryTokenAsync(client, "/en/account/sign-in");

        using var response = await client.PostAsync("/en/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@contoso.example",
            ["Input.Password"] = SiteSignIn.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal("/en", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_Answers400_WhenAntiforgeryTokenIsMissing()
    {
        var client = site.CreateBrowserLikeClient();

        using var response = await client.PostAsync("/en/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@contoso.example",
            ["Input.Password"] = SiteSignIn.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The request could not be processed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_ShowsTheDemoPassword_WhileDemoDataIsOn()
    {
        var html = await site.CreateBrowserLikeClient().GetStringAsync("/en/account/sign-in");

        Assert.Contains(SiteSignIn.DemoPassword, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession_WhenPostedWithTheFormToken()
    {
        var client = site.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(client, "admin@contoso.example");
        var token = await SiteSignIn.AntiforgeryTokenAsync(client, "/en/account/sign-out");

        using var response = await client.PostAsync("/en/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var after = await client.GetAsync("/api/v1/orders");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
