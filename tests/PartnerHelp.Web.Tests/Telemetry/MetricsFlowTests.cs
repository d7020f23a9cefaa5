using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Bot.DirectLine;
using PartnerHelp.Web.Tests.Jobs;

namespace PartnerHelp.Web.Tests.Telemetry;

/// <summary>The site on Kestrel at 127.0.0.1: its flows driven over HTTP, then its own scrape read as Prometheus would.</summary>
public sealed class MetricsFlowTests
{
    private const string Membership = "membership_order";

    [Fact]
    public async Task Metrics_CountEachFlowOnce_WhenACancelIsReplayedAndItsPaymentRetried()
    {
        await using var factory = JobsSite.Create();
        var site = factory.StartKestrel();
        using var partner = Client(site);
        using var visitor = Client(site);
        var before = await PrometheusScrape.ReadAsync(visitor);
        Assert.Equal(0, before.Value("partnerhelp_refunds_requested_total", ("product_line", Membership)));

        // One transient processor failure: the payment job runs twice for the one refund.
        factory.Services.GetRequiredService<PaymentFaultPlan>().Enqueue(PaymentFault.Transient);
        await SiteSignIn.AsAsync(partner, "admin@contoso.example");
        const string cancelPage = "/en/memberships/CT-1001/cancel";
        var fields = new Dictionary<string, string>
        {
            ["Input.Reason"] = "NoLongerNeeded",
            ["Input.ConfirmAuthority"] = "true",
            ["__RequestVerificationToken"] = await SiteSignIn.AntiforgeryTokenAsync(partner, cancelPage),
        };
        using (var cancelled = await partner.PostAsync(cancelPage, new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        }

        using (var replayed = await partner.PostAsync(cancelPage, new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        }

        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        var bot = await DirectLineTestClient.StartAsync(visitor);
        var reply = await bot.AskAsync("How do I cancel my membership?", "en");
        var topic = (string)reply["channelData"]!["partnerhelp"]!["topic"]!;

        // The settlement and the job runs are counted just after their commits: wait for the last of them.
        var scrape = await ScrapeUntilAsync(visitor, s => s.Value("partnerhelp_jobs_runs_total", ("job_type", "refunds"), ("outcome", "succeeded")) >= 1
            && s.Value("partnerhelp_refunds_settled_total", ("product_line", Membership)) >= 1);

        Assert.Equal(1, scrape.Value("partnerhelp_refunds_requested_total", ("product_line", Membership)));
        Assert.Equal(1, scrape.Value("partnerhelp_refunds_settled_total", ("product_line", Membership)));
        Assert.Equal(0, scrape.Value("partnerhelp_refunds_failed_total", ("product_line", Membership)));
        Assert.Equal(1, scrape.Value("partnerhelp_refunds_time_to_refunded_seconds_count", ("product_line", Membership)));
        Assert.InRange(scrape.Value("partnerhelp_refunds_time_to_refunded_seconds_sum", ("product_line", Membership)), 0.001, 60);
        Assert.Equal(1, scrape.Value("partnerhelp_jobs_runs_total", ("job_type", "refunds"), ("outcome", "retrying")));
        Assert.Equal(1, scrape.Value("partnerhelp_bot_turns_total", ("intent", topic), ("language", "en")));
        Assert.True(scrape.Value("partnerhelp_eligibility_evaluations_total", ("product_line", Membership), ("outcome", "self_serve_cancel")) >= 1);
        Assert.True(scrape.Value("partnerhelp_eligibility_evaluations_total", ("product_line", Membership), ("outcome", "already_cancelled")) >= 1);

        // The framework's instruments beside ours.
        Assert.True(scrape.Has("http_server_request_duration_seconds_count"), "ASP.NET Core request durations");
        Assert.True(scrape.Has("dotnet_gc_collections_total"), "runtime");
        Assert.True(scrape.Has("microsoft_entityframeworkcore_savechanges_total"), "EF Core");
    }

    [Fact]
    public async Task EligibilityEvaluations_GrowByTheOrdersEvaluated_WhenThePartnerListsThem()
    {
        await using var factory = JobsSite.Create(s => s["Jobs:Enabled"] = "false");
        var site = factory.StartKestrel();
        using var partner = Client(site);
        await SiteSignIn.AsAsync(partner, "admin@contoso.example");
        var before = await PrometheusScrape.ReadAsync(partner);

        using var orders = await partner.GetAsync("/api/v1/orders");
        Assert.Equal(HttpStatusCode.OK, orders.StatusCode);
        var listed = System.Text.Json.JsonDocument.Parse(await orders.Content.ReadAsStringAsync()).RootElement.GetArrayLength();
        var after = await PrometheusScrape.ReadAsync(partner);

        Assert.Equal(listed, Total(after) - Total(before));
    }

    [Fact]
    public async Task Metrics_IncludeNpgsqlInstruments_WhenTheDatabaseIsPostgreSql()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await postgres.CreateDatabaseAsync("partnerhelp_metrics");
        await using var factory = JobsSite.Create(s => s["Database:Provider"] = "PostgreSql");
        factory.Settings["ConnectionStrings:PartnerHelp"] = postgres.ConnectionString("partnerhelp_metrics");
        var site = factory.StartKestrel();
        using var partner = Client(site);
        await SiteSignIn.AsAsync(partner, "admin@contoso.example");

        var scrape = await PrometheusScrape.ReadAsync(partner);

        Assert.Matches(@"(?m)^db_client_\w+\{[^}]*otel_scope_name=""Npgsql""", scrape.Text);
    }

    private static double Total(PrometheusScrape scrape) =>
        new[] { "self_serve_cancel", "support_ticket_required", "not_eligible", "already_cancelled" }
            .Sum(outcome => scrape.Value("partnerhelp_eligibility_evaluations_total", ("product_line", Membership), ("outcome", outcome)));

    private static HttpClient Client(string site) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(site) };

    private static Task<PrometheusScrape> ScrapeUntilAsync(HttpClient client, Func<PrometheusScrape, bool> done) =>
        Eventually.MatchesAsync(
            "the scrape to show the refund's run", () => PrometheusScrape.ReadAsync(client), done, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(200),
            scrape => string.Join(Environment.NewLine, scrape.Text.Split('\n').Where(line => line.StartsWith("partnerhelp_", StringComparison.Ordinal))));
}
