using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Jobs;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Admin.Jobs;

/// <summary>Hangfire's dashboard at /admin/jobs is the operators' alone, and PartnerHelp's pages live inside it.</summary>
public sealed class JobsDashboardAccessTests(JobsSiteFixture site) : IClassFixture<JobsSiteFixture>
{
    public static TheoryData<string> Paths => new()
    {
        "/admin/jobs", "/admin/jobs/jobs/enqueued", "/admin/jobs/jobs/scheduled", "/admin/jobs/jobs/processing", "/admin/jobs/jobs/succeeded",
        "/admin/jobs/jobs/failed", "/admin/jobs/jobs/deleted", "/admin/jobs/retries", "/admin/jobs/recurring", "/admin/jobs/servers",
        "/admin/jobs/refunds", "/admin/jobs/refunds/RF-CT-1008", "/admin/jobs/alerts", "/admin/jobs/audit", "/admin/jobs/schedules",
    };

    private readonly PartnerHelpFactory _factory = site.Factory;

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_RedirectsToSignIn_WhenAnonymous(string path)
    {
        using var client = _factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/en/account/sign-in?returnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_Forbids_WhenSignedInWithoutOperatorRole(string path)
    {
        foreach (var email in new[] { "admin@contoso.example", "user@contoso.example", "agent@northwind.example", "admin@fabrikam.example" })
        {
            using var client = await JobsSite.SignedInAsync(_factory, email);

            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_ShowsThePageInsideHangfiresLayout_WhenOperator(string path)
    {
        using var ops = await DashboardClient.SignInAsync(_factory);

        var html = await ops.PageAsync(path);

        Assert.Contains("PartnerHelp · Hangfire", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/jobs/refunds\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"csrf-token\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/jobs/stats")]
    [InlineData("/admin/jobs/schedules/reconciliation/pause")]
    [InlineData("/admin/jobs/refunds/RF-CT-1008/retry")]
    [InlineData("/admin/jobs/recurring/trigger")]
    public async Task Post_IsForbiddenAndChangesNothing_WithoutThisSessionsAntiforgeryToken(string path)
    {
        using var ops = await DashboardClient.SignInAsync(_factory);
        using var other = await DashboardClient.SignInAsync(_factory);
        var before = await DatabaseFingerprint.TakeAsync(_factory, DatabaseFingerprint.RequestOnlyTables);
        KeyValuePair<string, string>[] form = [KeyValuePair.Create("jobs[]", "reconciliation")];

        using var missing = await ops.PostAsync(path, form, withToken: false);
        using var foreign = await ops.PostAsync(path, form, tokenOverride: await other.TokenAsync());

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (missing.StatusCode, foreign.StatusCode));
        Assert.Empty((await DatabaseFingerprint.TakeAsync(_factory, DatabaseFingerprint.RequestOnlyTables)).ChangedSince(before));
    }

    [Fact]
    public async Task Pages_CarryNoInlineScript_AndNoConnectionString()
    {
        using var ops = await DashboardClient.SignInAsync(_factory);

        foreach (var path in new[] { "/admin/jobs", "/admin/jobs/servers", "/admin/jobs/refunds", "/admin/jobs/schedules" })
        {
            var html = await ops.PageAsync(path);
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
            Assert.DoesNotContain(" onclick=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(_factory.DatabasePath, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/admin/jobs/list/failed", "/admin/jobs/jobs/failed")]
    [InlineData("/admin/jobs/list/retrying", "/admin/jobs/retries")]
    [InlineData("/admin/jobs/list/running", "/admin/jobs/jobs/processing")]
    [InlineData("/admin/jobs/list/paused", "/admin/jobs/schedules")]
    [InlineData("/admin/jobs/job/refunds.RF-CT-1008", "/admin/jobs/refunds/RF-CT-1008")]
    [InlineData("/admin/jobs/job/refund-status.RF-CT-1008", "/admin/jobs/refunds/RF-CT-1008")]
    [InlineData("/admin/jobs/job/recurring.reconciliation", "/admin/jobs/recurring")]
    public async Task Get_RedirectsPermanently_WhenTheRouteIsFromTheOldDashboard(string path, string target)
    {
        using var ops = await DashboardClient.SignInAsync(_factory);

        using var response = await ops.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/admin/jobs/list/enqueued")]
    [InlineData("/admin/jobs/job/nogroup")]
    [InlineData("/admin/jobs/nothing-here")]
    [InlineData("/admin/jobs/refunds/NO-SUCH-REFUND")]
    public async Task Get_ReturnsNotFound_WhenThereIsNoSuchPage(string path)
    {
        using var ops = await DashboardClient.SignInAsync(_factory);

        using var response = await ops.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_ReportsTheJobServer_WhenItRuns()
    {
        using var client = _factory.CreateClient();

        // The server's first beat comes once the host has started.
        var (status, body) = await Eventually.MatchesAsync(
            "/healthz to answer 200", () => HealthzAsync(client), answer => answer.Status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(200));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body);
    }

    private static async Task<(HttpStatusCode Status, string Body)> HealthzAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
