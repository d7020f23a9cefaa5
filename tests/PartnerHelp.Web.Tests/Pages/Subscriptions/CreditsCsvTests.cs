using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Subscriptions;

/// <summary>The reconciliation CSV: its type, header and one line per credit, only the partner's own.</summary>
public sealed class CreditsCsvTests
{
    private const string Header = "InvoicePeriod,Source,SubscriptionId,Amount,Currency,CreatedAtUtc";

    [Fact]
    public async Task Get_ReturnsTheCreditLineAsCsv_AfterASuspension()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        const string path = "/en/subscriptions/NW-SUB-1002/end";
        await session.PostFormAsync(path + "?action=suspend", path, new Dictionary<string, string> { ["action"] = "suspend", ["confirm"] = "true" });
        var period = await SiteData.QueryAsync(factory, async db => (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.InvoiceCreditLines)).InvoicePeriod);

        var response = await session.Client.GetAsync("/sv/subscriptions/credits.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("credits.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0].TrimStart('\uFEFF'));
        Assert.Single(lines, l => l.StartsWith($"{period},SubscriptionSuspended,NW-SUB-1002,", StringComparison.Ordinal));
        Assert.Matches(@",[0-9]+\.[0-9]{2},SEK,[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z$", lines[1]); // invariant numbers even in sv
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Get_HoldsOnlyTheHeader_ForAPartnerWithoutCredits()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");

        var body = await session.Client.GetStringAsync("/en/subscriptions/credits.csv");

        Assert.Equal(Header, body.TrimStart('\uFEFF').TrimEnd());
    }
}
