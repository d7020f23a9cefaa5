using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>
/// The operator (ops@partnerhelp.example) on Hangfire's dashboard at /admin/jobs, as a browser session: reads its
/// pages and live counters, and posts its commands with the antiforgery header its script sends. The site may be
/// restarted on another port between calls (the URL is asked each time); the sign-in cookie stays valid (its keys are
/// in the database), and a lost session signs in again.
/// </summary>
internal sealed class OperatorClient : IDisposable
{
    private const string Email = "ops@partnerhelp.example";
    private readonly HttpClientHandler _handler = new() { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
    private readonly HtmlParser _parser = new();
    private readonly Func<string> _url;

    private OperatorClient(Func<string> url) => _url = url;

    public static async Task<OperatorClient> SignInAsync(Func<string> url)
    {
        var client = new OperatorClient(url);
        using var http = client.Http();
        await SiteSignIn.AsAsync(http, Email);
        return client;
    }

    public static Task<OperatorClient> SignInAsync(string url) => SignInAsync(() => url);

    /// <summary>Hangfire's live counters (the dashboard's POST /stats): <paramref name="metrics"/> by name.</summary>
    public async Task<IReadOnlyDictionary<string, long>> StatsAsync(params string[] metrics)
    {
        var body = new FormUrlEncodedContent(metrics.Select(m => KeyValuePair.Create("metrics[]", m)));
        using var response = await PostAsync("/admin/jobs/stats", body);
        response.EnsureSuccessStatusCode();
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return metrics.ToDictionary(m => m, m => json[m]?["intValue"]?.GetValue<long>() ?? throw new InvalidOperationException($"No metric {m}: {json}"));
    }

    /// <summary>
    /// Jobs Hangfire still has to run: enqueued (fetched ones included), scheduled (retries and status checks
    /// included) and processing, as the dashboard counts them by state. A site whose refunds are all finished has none.
    /// </summary>
    public async Task<long> LiveJobsAsync() =>
        (await StatsAsync("enqueued-queues:count", "scheduled:count", "processing:count")).Values.Sum();

    /// <summary>The jobs a Hangfire list page shows (e.g. <c>scheduled</c>, <c>processing</c>, <c>failed</c>): id, display name, server.</summary>
    public async Task<IReadOnlyList<ListedJob>> JobsAsync(string list)
    {
        var page = await PageAsync($"/admin/jobs/jobs/{list}?count=1000");
        return page.QuerySelectorAll("tr.js-jobs-list-row").Select(row => new ListedJob(
            row.QuerySelector("input.js-jobs-list-checkbox")?.GetAttribute("value") ?? string.Empty,
            row.QuerySelector("a.job-method")?.TextContent.Trim() ?? string.Empty,
            row.QuerySelectorAll("span[title]").Select(s => s.GetAttribute("title")!).FirstOrDefault(t => t.Contains(':', StringComparison.Ordinal))))
            .Where(j => j.Id.Length > 0)
            .ToList();
    }

    /// <summary>Hangfire's Delete button on a job's page (confirmed).</summary>
    public async Task<HttpStatusCode> DeleteJobAsync(string jobId)
    {
        using var response = await PostAsync($"/admin/jobs/jobs/actions/delete/{jobId}", new FormUrlEncodedContent([]));
        return response.StatusCode;
    }

    /// <summary>The refund ids the refunds board lists under <paramref name="status"/>, page after page.</summary>
    public async Task<IReadOnlyList<string>> RefundsAsync(string status)
    {
        var ids = new List<string>();
        for (var number = 1; number <= 1000; number++)
        {
            var page = await PageAsync($"/admin/jobs/refunds?status={status}&q=&page={number}");
            var rows = page.QuerySelectorAll($"tr[data-refund][data-status='{status}']").Select(row => row.GetAttribute("data-refund")!).ToList();
            ids.AddRange(rows);
            if (rows.Count < OperatorViews.RefundPageSize)
            {
                break;
            }
        }

        return ids;
    }

    /// <summary>The text of a refund's page on the dashboard (its story, runs and exceptions).</summary>
    public async Task<string> RefundTextAsync(string refundId) => (await PageAsync($"/admin/jobs/refunds/{refundId}")).Body!.TextContent;

    /// <summary>The refund page's Retry button (confirmed): through the refund's state machine.</summary>
    public async Task<HttpStatusCode> RetryRefundAsync(string refundId)
    {
        using var response = await PostAsync($"/admin/jobs/refunds/{refundId}/retry", new FormUrlEncodedContent([]));
        return response.StatusCode;
    }

    /// <summary>Hangfire's servers page: each server's full id, whether it shows as active, and its last heartbeat.</summary>
    public async Task<IReadOnlyList<ListedServer>> ServersAsync()
    {
        var page = await PageAsync("/admin/jobs/servers");
        return page.QuerySelectorAll("table tbody tr").Select(row => new ListedServer(
            row.QuerySelector("span[title]:not(.glyphicon)")!.GetAttribute("title")!,
            row.QuerySelector(".glyphicon-ok") is not null,
            row.QuerySelectorAll("span[data-moment]").Select(s => DateTimeOffset.FromUnixTimeMilliseconds((long)(double.Parse(s.GetAttribute("data-moment")!, System.Globalization.CultureInfo.InvariantCulture) * 1000))).LastOrDefault()))
            .ToList();
    }

    public void Dispose() => _handler.Dispose();

    private HttpClient Http() => new(_handler, disposeHandler: false) { BaseAddress = new Uri(_url()), Timeout = TimeSpan.FromSeconds(60) };

    private async Task<IHtmlDocument> PageAsync(string path)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path));
        response.EnsureSuccessStatusCode();
        return await _parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts as Hangfire's script does: with the antiforgery header named by the dashboard's meta tags.</summary>
    private async Task<HttpResponseMessage> PostAsync(string path, HttpContent content)
    {
        var html = (await PageAsync("/admin/jobs")).Head!.QuerySelectorAll("meta").ToList();
        var header = html.SingleOrDefault(m => m.GetAttribute("name") == "csrf-header")?.GetAttribute("content") ?? throw new InvalidOperationException("The dashboard names no antiforgery header.");
        var token = html.Single(m => m.GetAttribute("name") == "csrf-token").GetAttribute("content")!;
        var body = await content.ReadAsByteArrayAsync();
        var type = content.Headers.ContentType;
        return await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = type;
            request.Headers.Add(header, token);
            return request;
        });
    }

    /// <summary>Sends; a redirect to the sign-in page (a session lost with a restart) signs in once and sends again.</summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request)
    {
        using var http = Http();
        var response = await http.SendAsync(request());
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("sign-in", StringComparison.Ordinal) != true)
        {
            return response;
        }

        response.Dispose();
        await SiteSignIn.AsAsync(http, Email);
        return await http.SendAsync(request());
    }
}

/// <summary>A row of a Hangfire job list.</summary>
internal sealed record ListedJob(string Id, string Name, string? ServerId);

/// <summary>A row of Hangfire's servers page.</summary>
internal sealed record ListedServer(string Id, bool Active, DateTimeOffset Heartbeat)
{
    /// <summary>The configured server name (<c>Jobs:ServerName</c>): the id before its process id and guid.</summary>
    public string Name => Id.Split(':')[0];
}
