using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;
using Xunit.Abstractions;

namespace PartnerHelp.Resilience.Tests.Production;

/// <summary>
/// The Release build in the Production environment on plain http://127.0.0.1: pages answer without an HTTPS redirect,
/// and every stylesheet, script and image their HTML references (and every url() inside those stylesheets) is served
/// with content and the right content type, on either storage. Hangfire's dashboard serves its stylesheets and scripts
/// (PartnerHelp's pages' own among them) as bundles on extension-less routes, <c>/admin/jobs/css…</c> and
/// <c>/admin/jobs/js…</c>; they are checked too.
/// </summary>
public sealed partial class ProductionAssetsTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string[]> PagesByUser = new()
    {
        [""] = ["/en", "/ar", "/en/refund-criteria", "/en/account/sign-in"],
        ["admin@contoso.example"] = ["/en/memberships", "/en/orders/CT-1001", "/en/orders/CT-1008", "/en/memberships/CT-1001/cancel", "/en/tickets/new"],
        ["agent@northwind.example"] = ["/en/subscriptions", "/en/reservations", "/en/credit-requests/new", "/en/store-orders"],
        ["ops@partnerhelp.example"] = ["/admin/jobs", "/admin/jobs/refunds", "/admin/jobs/recurring"],
    };

    private static readonly Dictionary<string, string[]> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = ["text/css"],
        [".js"] = ["text/javascript", "application/javascript"],
        [".png"] = ["image/png"],
        [".svg"] = ["image/svg+xml"],
        [".ico"] = ["image/x-icon", "image/vnd.microsoft.icon"],
        [".jpg"] = ["image/jpeg"],
        [".woff2"] = ["font/woff2"],
        [".woff"] = ["font/woff"],
        [".eot"] = ["application/vnd.ms-fontobject"],
        [".ttf"] = ["application/octet-stream", "font/ttf"],
    };

    [Theory]
    [InlineData(SiteStorage.InMemory)]
    [InlineData(SiteStorage.PostgreSql)]
    public async Task Pages_ServeEveryReferencedAsset_WhenReleaseBuildRunsInProductionOnPlainHttp(SiteStorage storage)
    {
        await using var database = await ResilienceDatabase.CreateAsync(storage, "production");
        using var site = await SiteProcess.StartAsync(database.SiteSettings(new Dictionary<string, string>()), environment: "Production");
        var assets = new SortedSet<string>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        foreach (var (user, pages) in PagesByUser)
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(site.Url) };
            if (user.Length > 0)
            {
                await SiteSignIn.AsAsync(client, user);
            }

            foreach (var path in pages)
            {
                using var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} as '{user}' answered {(int)response.StatusCode} {response.Headers.Location}");
                Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{path}: HSTS on plain http");
                var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
                var references = document.QuerySelectorAll("link[href]").Select(e => e.GetAttribute("href"))
                    .Concat(document.QuerySelectorAll("script[src], img[src], source[src]").Select(e => e.GetAttribute("src")));
                foreach (var reference in references)
                {
                    if (reference is { Length: > 1 } && reference.StartsWith('/') && !reference.StartsWith("//", StringComparison.Ordinal)
                        && (Path.HasExtension(Local(reference)) || DashboardBundle().IsMatch(Local(reference))))
                    {
                        assets.Add(reference);
                    }
                }
            }
        }

        // The site's own assets are public; the dashboard's bundles and fonts sit behind the Operator policy like its pages.
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(site.Url) };
        using var operatorClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(site.Url) };
        await SiteSignIn.AsAsync(operatorClient, "ops@partnerhelp.example");
        var checkedAssets = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(assets);
        while (pending.TryDequeue(out var asset))
        {
            if (!checkedAssets.Add(asset))
            {
                continue;
            }

            using var response = await (Local(asset).StartsWith("/admin/jobs/", StringComparison.Ordinal) ? operatorClient : anonymous).GetAsync(asset);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} answered {(int)response.StatusCode}");
            Assert.True(body.Length > 0, $"{asset} is empty");
            var source = RepoPaths.Combine(["wwwroot", .. Local(asset).TrimStart('/').Split('/')]);
            var original = File.Exists(source) ? await File.ReadAllBytesAsync(source) : body;
            Assert.True(body.SequenceEqual(original), $"{asset} differs from {source}");
            var extension = Extension(Local(asset));
            Assert.True(ContentTypes.ContainsKey(extension), $"{asset}: no expected content type known for '{extension}'");
            Assert.Contains(response.Content.Headers.ContentType?.MediaType, ContentTypes[extension]);
            if (extension == ".css")
            {
                foreach (Match url in CssUrl().Matches(System.Text.Encoding.UTF8.GetString(body, 0, body.Length)))
                {
                    var target = url.Groups["url"].Value;
                    if (!target.StartsWith("data:", StringComparison.Ordinal) && !target.Contains("://", StringComparison.Ordinal))
                    {
                        pending.Enqueue(new Uri(new Uri(site.Url + Local(asset)), target).PathAndQuery);
                    }
                }
            }
        }

        output.WriteLine(string.Join(Environment.NewLine, checkedAssets));
        Assert.Contains(checkedAssets, a => Local(a) == "/css/site.css");
        Assert.Contains(checkedAssets, a => DashboardBundle().Match(Local(a)) is { Success: true } m && m.Groups["kind"].Value == "css");
        Assert.Contains(checkedAssets, a => DashboardBundle().Match(Local(a)) is { Success: true } m && m.Groups["kind"].Value == "js");
        Assert.Contains(checkedAssets, a => Local(a).StartsWith("/js/", StringComparison.Ordinal));
        SuiteFigures.Record("production", $"{storage}: {PagesByUser.Values.Sum(p => p.Length)} pages as {PagesByUser.Count} users, {checkedAssets.Count} assets served with the right content type");
    }

    private static string Local(string reference) => reference.Split('?', '#')[0];

    /// <summary>The file extension a path stands for: Hangfire names its bundles and fonts by their last segment (css18250, fonts/…/woff2).</summary>
    private static string Extension(string path) =>
        DashboardBundle().Match(path) is { Success: true } bundle ? "." + bundle.Groups["kind"].Value
        : path.StartsWith("/admin/jobs/fonts/", StringComparison.Ordinal) ? "." + path[(path.LastIndexOf('/') + 1)..]
        : Path.GetExtension(path);

    /// <summary>Hangfire's dashboard bundles, e.g. /admin/jobs/css18250 and /admin/jobs/js18250.</summary>
    [GeneratedRegex("^/admin/jobs/(?<kind>css|js)[0-9]+$")]
    private static partial Regex DashboardBundle();

    [GeneratedRegex(@"url\(\s*['""]?(?<url>[^'"")]+)['""]?\s*\)")]
    private static partial Regex CssUrl();
}
