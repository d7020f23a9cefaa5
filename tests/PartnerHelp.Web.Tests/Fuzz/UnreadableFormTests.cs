using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Fuzz;

/// <summary>A form whose values cannot be read (a NUL character) is a localized 400, not a 500 from the error page.</summary>
public sealed class UnreadableFormTests(SharedSite site) : IClassFixture<SharedSite>
{
    [Theory]
    [InlineData("/de/store-orders?handler=Confirm", "ItemIds")]
    [InlineData("/en/tickets/new", "Input.Subject")]
    public async Task Post_Is400WithTheLocalizedPage_WhenAValueHoldsANulCharacter(string action, string field)
    {
        using var admin = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (response, document) = await admin.PostFormAsync("/en/tickets/new", action, new Dictionary<string, string> { [field] = "\0" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual(string.Empty, document.QuerySelector("main h1")?.TextContent.Trim());
    }
}
