using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Jobs;

namespace PartnerHelp.Web.Tests.Pages.Admin.Jobs;

/// <summary>The refunds board at more than one page of refunds: counted by the database, listed a page at a time.</summary>
public sealed class RefundBoardTests : IAsyncLifetime
{
    private const int Extra = 40;
    private readonly PartnerHelpFactory _factory = JobsSite.Create();

    public async Task InitializeAsync()
    {
        using var warm = _factory.CreateClient();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Extra; i++)
        {
            // Settled refunds, so the jobs have nothing to do with them; older than every demo refund.
            var order = new MembershipOrder(string.Create(CultureInfo.InvariantCulture, $"PG-{i + 1}"), "contoso", MembershipOffer.PartnerSuccessCore,
                now.AddDays(-10).AddMinutes(i), new Money(100m + i, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
            var refund = order.Cancel(RefundIds.For(order.Id), "ops-test", CancellationReason.NoLongerNeeded, null, now.AddMinutes(i));
            refund.StartProcessing(now.AddMinutes(i));
            refund.MarkRefunded(now.AddMinutes(i + 1), "SIM-" + order.Id);
            db.AddRange(order, refund);
        }

        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Get_ListsOnePageNewestFirstAndCountsEveryRefund_WhenMoreThanOnePage()
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example");
        var total = await RefundCountAsync();

        var first = await PageAsync(client, "/admin/jobs/refunds");
        var second = await PageAsync(client, first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        var firstRows = first.QuerySelectorAll("tr[data-refund]").Select(r => r.GetAttribute("data-refund")!).ToList();
        var secondRows = second.QuerySelectorAll("tr[data-refund]").Select(r => r.GetAttribute("data-refund")!).ToList();
        Assert.Equal(OperatorViews.RefundPageSize, firstRows.Count);
        Assert.Empty(firstRows.Intersect(secondRows));
        Assert.Contains("RF-PG-40", firstRows.Concat(secondRows));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        var counted = first.QuerySelectorAll("[data-status-count]")
            .Sum(a => int.Parse(a.TextContent.Split('(', ')')[1].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
        Assert.Equal(total, counted);
    }

    [Fact]
    public async Task Get_ShowsOnlyThatState_WhenFilteredAcrossPages()
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example");

        var page = await PageAsync(client, "/admin/jobs/refunds?status=Refunded&page=2");

        var states = page.QuerySelectorAll("tr[data-refund]").Select(r => r.GetAttribute("data-status")).ToList();
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal("Refunded", s));
        Assert.Contains("status=Refunded", page.QuerySelector("a[rel=prev]")!.GetAttribute("href")!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PG-40", new[] { "RF-PG-40" })]
    [InlineData("rf-pg-4", new[] { "RF-PG-4", "RF-PG-40" })]
    [InlineData(" CT-1008 ", new[] { "RF-CT-1008" })]
    public async Task Get_FindsRefundsByRefundOrOrderId_WhenSearched(string search, string[] expected)
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example");

        var page = await PageAsync(client, "/admin/jobs/refunds?q=" + Uri.EscapeDataString(search));

        Assert.Equal(expected, page.QuerySelectorAll("tr[data-refund]").Select(r => r.GetAttribute("data-refund")!).Order(StringComparer.Ordinal));
        Assert.Equal(search.Trim(), page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_SaysTheSearchIsTooLong_AndSearchesNothing_WhenItIs()
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example", "sv");

        var page = await PageAsync(client, "/admin/jobs/refunds?q=" + new string('x', OperatorViews.MaxSearchLength + 1));

        Assert.Empty(page.QuerySelectorAll("tr[data-refund]"));
        Assert.Contains($"högst {OperatorViews.MaxSearchLength} tecken", page.QuerySelector(".partnerhelp-page .alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ServesAHostileSearchEncoded_AndFindsNothing()
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example");
        const string script = "<script>alert('x')</script>";

        using var response = await client.GetAsync("/admin/jobs/refunds?q=" + Uri.EscapeDataString(script) + "&status=%3Cb%3E&page=-3");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(script, html, StringComparison.Ordinal);
        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("tr[data-refund]"));
    }

    [Fact]
    public async Task GetRefund_TellsTheRefundsStory_FromRequestToRefunded()
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example");

        var page = await PageAsync(client, "/admin/jobs/refunds/RF-PG-7");

        Assert.Equal("Refund RF-PG-7", page.QuerySelector("h1")!.TextContent.Trim());
        var history = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.Children[2].TextContent).ToList();
        Assert.Equal(["Requested", "Processing", "Refunded"], history);
        Assert.Contains("SIM-PG-7", page.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("button[data-ajax]"));
    }

    private async Task<int> RefundCountAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().Refunds.CountAsync();
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
