using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Jobs;

namespace PartnerHelp.Web.Tests.Pages.Admin.Jobs;

public sealed class JobsDashboardAccessTests(JobsSiteFixture site) : IClassFixture<JobsSiteFixture>
{
    public static TheoryData<string> Paths => new()
    {
        "/admin/jobs", "/admin/jobs/recurring", "/admin/jobs/servers", "/admin/jobs/refunds", "/admin/jobs/list/failed",
        "/admin/jobs/list/scheduled", "/admin/jobs/job/recurring.reconciliation", "/admin/jobs/stats",
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
        foreach (var email in new[] { "admin@contoso.example", "user@contoso.example", "agent@northwind.example" })
        {
            using var client = await JobsSite.SignedInAsync(_factory, email);

            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_Succeeds_WhenOperator(string path)
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example");

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("vi", "Tác vụ nền", "Tác vụ định kỳ")]
    [InlineData("sv", "Jobb", "Återkommande jobb")]
    [InlineData("en", "Jobs", "Recurring jobs")]
    public async Task GetOverview_SpeaksTheOperatorsLanguage_WhenTheirCultureCookieSaysSo(string culture, string title, string recurring)
    {
        // Signing in under /{culture}/ leaves the culture cookie the dashboard (which has no culture in its URL) reads.
        using var client = _factory.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(client, "ops@partnerhelp.example", culture);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/jobs"));

        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(recurring, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/jobs/job/refunds.NO-SUCH-REFUND")]
    [InlineData("/admin/jobs/job/nogroup")]
    [InlineData("/admin/jobs/job/unknown.reconciliation")]
    [InlineData("/admin/jobs/list/enqueued")]
    [InlineData("/admin/jobs/list/3")]
    public async Task Get_ReturnsNotFound_WhenJobOrListIsUnknown(string path)
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example");

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetOverview_LoadsNoInlineScript_WhenRendered()
    {
        using var client = await JobsSite.SignedInAsync(_factory, "ops@partnerhelp.example");

        var html = await client.GetStringAsync("/admin/jobs");

        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/jobs.js", html, StringComparison.Ordinal);
        Assert.Contains("/css/jobs.css", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/js/jobs.js")).StatusCode);
        Assert.True((await client.GetByteArrayAsync("/css/jobs.css")).Length > 100);
    }

    [Fact]
    public async Task Healthz_ReportsScheduler_WhenItRuns()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
