using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Billing;
using PartnerHelp.Core.Subscriptions;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Subscriptions;

/// <summary>Cancelling and suspending through the real form: the credit, the invoice line, and every refused post changing nothing.</summary>
public sealed class EndTests
{
    private const string Page = "/{0}/subscriptions/{1}/end";

    private static Dictionary<string, string> Form(string action, bool confirm = true) =>
        confirm ? new() { ["action"] = action, ["confirm"] = "true" } : new() { ["action"] = action };

    [Fact]
    public async Task Post_SuspendsWithTheProratedCreditOnTheNextInvoice_WhenMonth4()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var path = string.Format(Page, "en", "NW-SUB-1002");

        var (response, _) = await session.PostFormAsync(path + "?action=suspend", path, Form("suspend"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/subscriptions?ended=NW-SUB-1002", response.Headers.Location!.OriginalString);
        var line = await SiteData.QueryAsync(factory, db => db.InvoiceCreditLines.SingleAsync());
        var subscription = await SiteData.QueryAsync(factory, db => db.CspSubscriptions.SingleAsync(s => s.Id == "NW-SUB-1002"));
        var expected = ProratedCredit.For(subscription.Price, subscription.TermStart, subscription.TermEnd, DateOnly.FromDateTime(subscription.EndedAt!.Value.UtcDateTime));
        Assert.Equal((CreditLineSource.SubscriptionSuspended, expected.Amount, "SEK"), (line.Source, line.Amount, line.Currency));
        Assert.Equal(SubscriptionStatus.Suspended, subscription.Status);

        var (_, list) = await session.GetAsync(response.Headers.Location!.OriginalString);
        var message = list.QuerySelector("#subscription-ended")!.TextContent;
        Assert.Contains("Subscription NW-SUB-1002 is suspended.", message, StringComparison.Ordinal);
        Assert.Contains($"on the invoice for {line.InvoicePeriod}", message, StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector("#credit-lines-table [data-credit-line='NW-SUB-1002']"));
        Assert.Null(list.QuerySelector("[data-subscription='NW-SUB-1002'] [data-end]"));
    }

    [Fact]
    public async Task Post_CancelsWithAFullRefund_WhenWithin30Days()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var path = string.Format(Page, "sv", "NW-SUB-1001");

        var (response, _) = await session.PostFormAsync(path + "?action=cancel", path, Form("cancel"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var line = await SiteData.QueryAsync(factory, db => db.InvoiceCreditLines.SingleAsync());
        Assert.Equal((CreditLineSource.SubscriptionCancelled, 66000.00m), (line.Source, line.Amount));
        var (_, list) = await session.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Prenumerationen NW-SUB-1001 är avbruten.", list.QuerySelector("#subscription-ended")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NW-SUB-1002", "cancel", "SubscriptionCancelWindowExpired")]
    [InlineData("NW-SUB-1001", "suspend", null)]
    public async Task Post_RefusesAndChangesNothing_WhenForgedForAnActionTheRulesDoNotAllow(string id, string action, string? reason)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var path = string.Format(Page, "en", id);
        var token = await session.TokenAsync(string.Format(Page, "en", "NW-SUB-1002") + "?action=suspend");

        var (response, document) = await session.PostFormAsync(path, path, Form(action), tokenOverride: token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("This action is not available for this subscription, so nothing changed.", document.QuerySelector("#end-error")!.TextContent, StringComparison.Ordinal);
        if (reason is not null)
        {
            Assert.NotNull(document.QuerySelector($"[data-reason='{reason}']"));
        }

        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.InvoiceCreditLines.CountAsync()));
        Assert.Equal(SubscriptionStatus.Active, (await SiteData.QueryAsync(factory, db => db.CspSubscriptions.SingleAsync(s => s.Id == id))).Status);
    }

    [Fact]
    public async Task Post_CreditsOnce_WhenSubmittedTwice()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var path = string.Format(Page, "en", "NW-SUB-1002");
        var token = await session.TokenAsync(path + "?action=suspend");

        var (first, _) = await session.PostFormAsync(path, path, Form("suspend"), tokenOverride: token);
        var (second, document) = await session.PostFormAsync(path, path, Form("suspend"), tokenOverride: token);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Contains("This subscription has already ended, so nothing changed.", document.QuerySelector("#end-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await SiteData.QueryAsync(factory, db => db.InvoiceCreditLines.CountAsync()));
    }

    [Theory]
    [InlineData("en", "suspend", false, null, HttpStatusCode.BadRequest, "Confirm that you want to end this subscription.")]
    [InlineData("vi", "suspend", true, "forged", HttpStatusCode.BadRequest, "Biểu mẫu đã hết hạn hoặc không đến từ trang này nên không có gì thay đổi.")]
    [InlineData("sv", "refund-everything", true, null, HttpStatusCode.BadRequest, "Ingenting ändrades: välj att avbryta eller pausa prenumerationen.")]
    public async Task Post_ShowsALocalizedErrorAndChangesNothing_WhenTheFormIsInvalid(string culture, string action, bool confirm, string? token, HttpStatusCode status, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var path = string.Format(Page, culture, "NW-SUB-1002");

        var (response, document) = await session.PostFormAsync(path + "?action=suspend", path, Form(action, confirm), tokenOverride: token);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.InvoiceCreditLines.CountAsync()));
    }

    [Fact]
    public async Task Post_IsNotFoundAndChangesNothing_WhenAnotherPartnerPosts()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var token = await session.TokenAsync("/en/tickets/new");
        var path = string.Format(Page, "en", "NW-SUB-1002");

        var (response, _) = await session.PostFormAsync(path, path, Form("suspend"), tokenOverride: token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.InvoiceCreditLines.CountAsync()));
    }
}
