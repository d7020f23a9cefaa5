using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Security;

/// <summary>
/// Every state-changing form post, without its antiforgery token or with another session's, is a 400 that
/// changes nothing in the database; the same post with its own token is accepted (so the token was the reason).
/// </summary>
public sealed class AntiforgeryTests(SharedSite site) : IClassFixture<SharedSite>
{
    private const string Admin = "admin@contoso.example";
    private const string Agent = "agent@northwind.example";
    private const string Ops = "ops@partnerhelp.example";

    public static IEnumerable<FormPost> Posts()
    {
        var vm = ReservationData.Vm;
        var sql = ReservationData.Sql;
        yield return new(Admin, "/en/memberships/CT-1001/cancel", "/en/memberships/CT-1001/cancel", new() { ["Input.Reason"] = "NoLongerNeeded", ["Input.ConfirmAuthority"] = "true" }) { Handler = "/{culture:culture}/memberships/{id}/cancel|" };
        yield return new(Admin, "/en/store-orders", "/en/store-orders?handler=Review", new() { ["OrderId"] = "SO-5001", ["ItemIds"] = "SO-5001-1" }) { Handler = "/{culture:culture}/store-orders|Review" };
        yield return new(Admin, "/en/store-orders", "/en/store-orders?handler=Confirm", new() { ["OrderId"] = "SO-5001", ["ItemIds"] = "SO-5001-1" }) { Handler = "/{culture:culture}/store-orders|Confirm" };
        yield return new(Admin, "/en/tickets/new", "/en/tickets/new", new() { ["Input.Subject"] = "Refund", ["Input.Description"] = "Please help", ["Input.SubmissionKey"] = Guid.NewGuid().ToString("N") }) { Handler = "/{culture:culture}/tickets/new|" };
        yield return new(Agent, "/en/orders/NW-3001", "/en/orders/NW-3001?handler=TaxRefund", []) { Handler = "/{culture:culture}/orders/{id}|TaxRefund" };
        yield return new(Agent, "/en/subscriptions/NW-SUB-1001/end?action=cancel", "/en/subscriptions/NW-SUB-1001/end", new() { ["action"] = "cancel", ["confirm"] = "true" }) { Handler = "/{culture:culture}/subscriptions/{id}/end|" };
        yield return new(Agent, "/en/credit-requests/new?incident=INC-7001", "/en/credit-requests/new", new()
        {
            ["Input.IncidentId"] = "INC-7001", ["Input.CustomerName"] = "Tailspin Toys", ["Input.IncidentDate"] = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Category"] = "ServiceIncident", ["Input.Description"] = "Mailbox outage", ["Input.WrittenRequest"] = "The customer asks for a credit.", ["Input.SubmissionKey"] = Guid.NewGuid().ToString("N"),
        }) { Handler = "/{culture:culture}/credit-requests/new|" };
        yield return new(Agent, $"/en/reservations/{vm}", $"/en/reservations/{vm}?handler=Scope", new() { ["Input.Scope"] = "SingleSubscription", ["Input.SubscriptionId"] = "sub-tailspin-dev" }) { Handler = "/{culture:culture}/reservations/{id}|Scope" };
        yield return new(Agent, $"/en/reservations/{vm}/return", $"/en/reservations/{vm}/return", new() { ["Confirm"] = "true" }) { Handler = "/{culture:culture}/reservations/{id}/return|" };
        var exchange = new Dictionary<string, string> { ["Input.NewType"] = "SqlDatabase", ["Input.NewSku"] = "SQL Database vCore Gen5 8", ["Input.NewTermYears"] = "3", ["Input.NewPrice"] = "500000" };
        yield return new(Agent, $"/en/reservations/{sql}/exchange", $"/en/reservations/{sql}/exchange?handler=Quote", exchange) { Handler = "/{culture:culture}/reservations/{id}/exchange|Quote" };
        yield return new(Agent, $"/en/reservations/{sql}/exchange", $"/en/reservations/{sql}/exchange?handler=Confirm", exchange) { Handler = "/{culture:culture}/reservations/{id}/exchange|Confirm" };
        yield return new(Admin, "/en/account/sign-out", "/en/account/sign-out", []) { Handler = "/{culture:culture}/account/sign-out|" };
        yield return new(string.Empty, "/en/account/sign-in", "/en/account/sign-in", new() { ["Input.Email"] = Admin, ["Input.Password"] = SiteSignIn.DemoPassword }) { Handler = "/{culture:culture}/account/sign-in|" };
    }

    [Fact]
    public async Task EveryPostHandler_HasAnAntiforgeryCase()
    {
        var loader = site.Factory.Services.GetRequiredService<PageLoader>();
        var handlers = new List<string>();
        foreach (var endpoint in site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || page.AttributeRouteInfo?.Template is "error/{code:int}")
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            handlers.AddRange(compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase))
                .Select(h => $"/{page.AttributeRouteInfo!.Template}|{h.Name}"));
        }

        Assert.Empty(handlers.Except(Posts().Select(p => p.Handler!), StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryStateChangingPost_Is400AndChangesNothing_WithoutItsTokenOrWithAnotherSessionsToken()
    {
        var failures = new List<string>();
        foreach (var post in Posts())
        {
            using var session = await SiteSession.StartAsync(site.Factory, post.User.Length == 0 ? null : post.User);
            using var other = await SiteSession.StartAsync(site.Factory, post.User.Length == 0 ? null : post.User);
            var foreign = await other.TokenAsync(post.TokenPage);
            var before = await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables);

            var (missing, _) = await session.PostFormAsync(post.TokenPage, post.Action, post.Fields, withToken: false);
            var (stolen, _) = await session.PostFormAsync(post.TokenPage, post.Action, post.Fields, tokenOverride: foreign);

            var changed = (await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables)).ChangedSince(before);
            var (own, _) = await session.PostFormAsync(post.TokenPage, post.Action, post.Fields);
            if (missing.StatusCode != HttpStatusCode.BadRequest || stolen.StatusCode != HttpStatusCode.BadRequest || changed.Count > 0
                || own.StatusCode is HttpStatusCode.BadRequest || (int)own.StatusCode >= 500)
            {
                failures.Add($"{post}: no token {(int)missing.StatusCode}, other session's {(int)stolen.StatusCode}, changed [{string.Join(", ", changed)}], own token {(int)own.StatusCode}");
            }
        }

        SuiteFigures.Record("security-antiforgery", string.Create(CultureInfo.InvariantCulture, $"forms={Posts().Count()} posts={Posts().Count() * 3} failures={failures.Count}"));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
