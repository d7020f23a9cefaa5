using System.Globalization;
using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Security;

/// <summary>
/// Insecure direct object references: every id-taking action, posted with a valid token by a user of another
/// partner (or a non-operator on the dashboard), is a 404 (403 for the dashboard) that names nothing of the
/// other partner and changes nothing. The reads are in <see cref="AccessMatrix"/>.
/// </summary>
public sealed class IdorTests : IDisposable
{
    private const string ContosoAgent = "agent@contoso.example";
    private readonly PartnerHelpFactory _site = new();

    public IdorTests() => _site.Settings["Jobs:Enabled"] = "false";

    public static IEnumerable<(FormPost Post, string Expected, string[] Secrets)> Attempts()
    {
        const string contoso = "admin@contoso.example";
        const string northwind = "agent@northwind.example";
        var vm = ReservationData.Vm;
        string[] nw = ["Northwind", "Tailspin", "Wide World"];
        yield return (new(contoso, "/en/tickets/new", "/en/memberships/FB-2001/cancel", new() { ["Input.Reason"] = "NoLongerNeeded", ["Input.ConfirmAuthority"] = "true" }), "404", ["FB-2001", "Fabrikam"]);
        yield return (new(northwind, "/en/tickets/new", "/en/memberships/CT-1001/cancel", new() { ["Input.Reason"] = "NoLongerNeeded", ["Input.ConfirmAuthority"] = "true" }), "404", ["CT-1001", "Contoso"]);
        yield return (new(contoso, "/en/tickets/new", "/en/orders/NW-3001?handler=TaxRefund", []), "404", ["NW-3001", .. nw]);
        yield return (new(contoso, "/en/tickets/new", "/en/tickets/new", new() { ["Input.OrderId"] = "FB-2001", ["Input.Subject"] = "s", ["Input.Description"] = "d" }), "404", ["FB-2001", "Fabrikam"]);
        yield return (new(northwind, "/en/tickets/new", "/en/store-orders?handler=Review", new() { ["OrderId"] = "SO-5001", ["ItemIds"] = "SO-5001-1" }), "404", ["SO-5001", "Surface", "Contoso"]);
        yield return (new(northwind, "/en/tickets/new", "/en/store-orders?handler=Confirm", new() { ["OrderId"] = "SO-5001", ["ItemIds"] = "SO-5001-1" }), "404", ["SO-5001", "Surface", "Contoso"]);
        yield return (new(contoso, "/en/tickets/new", "/en/store-orders?handler=Confirm", new() { ["OrderId"] = "SO-5001", ["ItemIds"] = "SO-5001-9" }), "404", []);
        yield return (new(contoso, "/en/tickets/new", "/en/subscriptions/NW-SUB-1001/end", new() { ["action"] = "cancel", ["confirm"] = "true" }), "404", ["NW-SUB-1001", .. nw]);
        yield return (new(contoso, "/en/tickets/new", "/en/credit-requests/new", new() { ["Input.IncidentId"] = "INC-7001", ["Input.CustomerName"] = "x", ["Input.IncidentDate"] = "2026-11-01", ["Input.Category"] = "ServiceIncident", ["Input.Description"] = "x" }), "404", ["INC-7001", .. nw]);
        yield return (new(ContosoAgent, "/en/tickets/new", $"/en/reservations/{vm}/return", new() { ["Confirm"] = "true" }), "404", [vm, .. nw]);
        yield return (new(ContosoAgent, "/en/tickets/new", $"/en/reservations/{vm}/exchange?handler=Quote", new() { ["Input.NewType"] = "VirtualMachines", ["Input.NewSku"] = "Standard_D8s_v5", ["Input.NewTermYears"] = "1", ["Input.NewPrice"] = "90000" }), "404", [vm, .. nw]);
        yield return (new(ContosoAgent, "/en/tickets/new", $"/en/reservations/{vm}/exchange?handler=Confirm", new() { ["Input.NewType"] = "VirtualMachines", ["Input.NewSku"] = "Standard_D8s_v5", ["Input.NewTermYears"] = "1", ["Input.NewPrice"] = "90000" }), "404", [vm, .. nw]);
        yield return (new(ContosoAgent, "/en/tickets/new", $"/en/reservations/{vm}?handler=Scope", new() { ["Input.Scope"] = "SingleSubscription", ["Input.SubscriptionId"] = "sub-x" }), "404", [vm, .. nw]);
        foreach (var partner in new[] { contoso, northwind, "user@contoso.example" })
        {
            yield return (new(partner, "/en/tickets/new", "/admin/jobs/recurring/trigger", new() { ["jobs[]"] = "reconciliation" }), "403", []);
            yield return (new(partner, "/en/tickets/new", "/admin/jobs/refunds/RF-CT-1008/retry", []), "403", []);
            yield return (new(partner, "/en/tickets/new", "/admin/jobs/schedules/reconciliation/pause", []), "403", []);
        }
    }

    [Fact]
    public async Task IdTakingActions_AreNotFoundAndChangeNothing_WhenTheIdIsAnotherPartners()
    {
        await SiteUsers.CreateAsync(_site, ContosoAgent, "contoso", "AdminAgent");
        var sessions = new Dictionary<string, SiteSession>(StringComparer.Ordinal);
        var failures = new List<string>();
        var tried = 0;
        var before = await DatabaseFingerprint.TakeAsync(_site);
        try
        {
            foreach (var (post, expected, secrets) in Attempts())
            {
                if (!sessions.TryGetValue(post.User, out var session))
                {
                    sessions[post.User] = session = await SiteSession.StartAsync(_site, post.User);
                }

                tried++;
                var (response, document) = await session.PostFormAsync(post.TokenPage, post.Action, post.Fields);
                var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                var text = document.Body?.TextContent ?? string.Empty;
                if (status != expected)
                {
                    failures.Add($"{post}: expected {expected}, got {status}");
                }
                else if (secrets.FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal)) is { } leaked)
                {
                    failures.Add($"{post}: the answer names {leaked}");
                }
            }
        }
        finally
        {
            foreach (var session in sessions.Values)
            {
                session.Dispose();
            }
        }

        var changed = (await DatabaseFingerprint.TakeAsync(_site)).ChangedSince(before);
        SuiteFigures.Record("security-idor", string.Create(CultureInfo.InvariantCulture, $"attempts={tried} failures={failures.Count} tables-changed={changed.Count}"));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Empty(changed);
    }

    public void Dispose() => _site.Dispose();
}
