using PartnerHelp.Web.Tests.Bot;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages;

/// <summary>
/// The chat panel is rendered once per culture and then written with each request's identity: every user still gets
/// their own identity in it, and every culture its own language.
/// </summary>
public sealed class ChatPanelMarkupTests(SharedSite site) : IClassFixture<SharedSite>
{
    [Fact]
    public async Task Panel_CarriesEachRequestsOwnIdentity_InTheSameCulture()
    {
        using var anonymous = await SiteSession.StartAsync(site.Factory);
        using var admin = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");
        using var agent = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        // Anonymous first, so the panel of this culture may well have been rendered for someone else before the users ask.
        var (_, first) = await anonymous.GetAsync("/en/refund-criteria");
        var (_, adminPage) = await admin.GetAsync("/en/refund-criteria");
        var (_, agentPage) = await agent.GetAsync("/en/refund-criteria");
        var (_, again) = await anonymous.GetAsync("/en");

        Assert.Equal("anonymous", Identity(first));
        Assert.Equal(await UserIdAsync("admin@contoso.example"), Identity(adminPage));
        Assert.Equal(await UserIdAsync("agent@northwind.example"), Identity(agentPage));
        Assert.Equal("anonymous", Identity(again));
    }

    [Theory]
    [InlineData("en", "Send")]
    [InlineData("sv", "Skicka")]
    [InlineData("ja", "送信")]
    [InlineData("ar", "إرسال")]
    public async Task Panel_IsInThePagesCulture(string culture, string send)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "user@contoso.example");

        var (_, document) = await session.GetAsync($"/{culture}/memberships");

        var panel = document.QuerySelector("div.chat[data-chat]")!;
        Assert.Equal(culture, panel.GetAttribute("data-culture"));
        Assert.Equal(send, panel.QuerySelector("button.chat__send")!.TextContent.Trim());
        Assert.Single(document.QuerySelectorAll("div.chat[data-chat]"));
        Assert.Single(document.QuerySelectorAll("script[src^='/js/chat.js']"));
        Assert.Single(document.QuerySelectorAll("link[href^='/css/chat.css']"));
    }

    private static string? Identity(AngleSharp.Dom.IDocument document) =>
        document.QuerySelector("div.chat[data-chat]")?.GetAttribute("data-identity");

    private async Task<string> UserIdAsync(string email) => (await DemoRequesters.ForAsync(site.Factory.Services, email)).UserId!;
}
