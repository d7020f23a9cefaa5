using System.Globalization;
using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Security;

/// <summary>
/// The pages marked with <c>AntiforgeryRefusal</c>: a post without a valid token is the same page again, in the post's
/// language, with the page's own message and a 400, and its handler never ran (nothing in the database changed).
/// </summary>
public sealed class AntiforgeryRefusalTests(SharedSite site) : IClassFixture<SharedSite>
{
    private const string Agent = "agent@northwind.example";

    public static TheoryData<string, string, string, Dictionary<string, string>, bool, string, string> Refusals() => new()
    {
        {
            "/de/subscriptions/NW-SUB-1001/end?action=cancel", "/de/subscriptions/NW-SUB-1001/end", "/de/subscriptions/NW-SUB-1001/end", new() { ["action"] = "cancel", ["confirm"] = "true" }, false,
            "#end-error", "Das Formular war abgelaufen oder stammte nicht von dieser Seite, daher wurde nichts geändert."
        },
        {
            "/ja/orders/NW-3001", "/ja/orders/NW-3001", "/ja/orders/NW-3001?handler=TaxRefund", [], true,
            "#tax-refund-error", "フォームの有効期限が切れているか、このページから送信されたものではないため、税金の還付は申請されていません。"
        },
        {
            "/fr/credit-requests/new?incident=INC-7001", "/fr/credit-requests/new?incident=INC-7001", "/fr/credit-requests/new", new()
            {
                ["Input.IncidentId"] = "INC-7001", ["Input.CustomerName"] = "Tailspin Toys", ["Input.IncidentDate"] = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Input.Category"] = "ServiceIncident", ["Input.Description"] = "Mailbox outage", ["Input.SubmissionKey"] = Guid.NewGuid().ToString("N"),
            }, true,
            "#credit-error", "Le formulaire avait expiré ou ne provenait pas de cette page\u00A0; rien n'a donc été déposé."
        },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Post_ShowsThePageWithItsLocalizedMessage_WhenTheTokenIsMissingOrAnotherSessions(
        string formPage, string page, string action, Dictionary<string, string> fields, bool foreignToken, string selector, string message)
    {
        using var session = await SiteSession.StartAsync(site.Factory, Agent);
        using var other = await SiteSession.StartAsync(site.Factory, Agent);
        var token = foreignToken ? await other.TokenAsync(formPage) : null;
        var (_, expected) = await session.GetAsync(page);
        var before = await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables);

        var (response, document) = await session.PostFormAsync(formPage, action, fields, withToken: foreignToken, tokenOverride: token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, document.QuerySelector(selector)?.TextContent.Trim());
        Assert.Equal(expected.QuerySelector("main h1")!.TextContent, document.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("main form input[name='__RequestVerificationToken']"));
        Assert.Empty((await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables)).ChangedSince(before));
    }
}
