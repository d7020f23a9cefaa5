using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>
/// An operator's session on Hangfire's dashboard: pages as decoded HTML, and commands posted the way Hangfire's script
/// posts them (form body, antiforgery token in the header the layout names).
/// </summary>
public sealed partial class DashboardClient(HttpClient client) : IDisposable
{
    /// <summary>The underlying client (cookies kept, redirects not followed).</summary>
    public HttpClient Http => client;

    /// <summary>Signs <paramref name="email"/> in on <paramref name="factory"/>.</summary>
    public static async Task<DashboardClient> SignInAsync(PartnerHelpFactory factory, string email = "ops@partnerhelp.example", string culture = "en")
    {
        var http = factory.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(http, email, culture);
        return new DashboardClient(http);
    }

    /// <summary>A dashboard page's HTML, entities decoded.</summary>
    public async Task<string> PageAsync(string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    /// <summary>
    /// A dashboard page's text without its markup, entities decoded: what an operator reads. Hangfire highlights stack
    /// traces with a span per type and method, so a frame is one string only in the text.
    /// </summary>
    public async Task<string> TextAsync(string path) => WebUtility.HtmlDecode(MarkupPattern().Replace(await client.GetStringAsync(path), string.Empty));

    /// <summary>Posts a dashboard command with the antiforgery header; <paramref name="form"/> is the body (e.g. <c>jobs[]</c>).</summary>
    public async Task<HttpResponseMessage> PostAsync(
        string path, IEnumerable<KeyValuePair<string, string>>? form = null, bool withToken = true, (string Header, string Token)? tokenOverride = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form ?? []) };
        if (withToken)
        {
            var (header, token) = tokenOverride ?? await TokenAsync();
            request.Headers.Add(header, token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts a command that acts on Hangfire jobs by id.</summary>
    public Task<HttpResponseMessage> PostJobsAsync(string path, params string[] jobIds) =>
        PostAsync(path, jobIds.Select(id => KeyValuePair.Create("jobs[]", id)));

    /// <summary>The dashboard's live counters (<c>POST /admin/jobs/stats</c>), by metric name.</summary>
    public async Task<IReadOnlyDictionary<string, long>> StatsAsync(params string[] metrics)
    {
        using var response = await PostAsync("/admin/jobs/stats", metrics.Select(m => KeyValuePair.Create("metrics[]", m)));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("intValue").GetInt64(), StringComparer.Ordinal);
    }

    /// <summary>The Hangfire job ids a refund's runs were recorded under, newest first.</summary>
    public static async Task<IReadOnlyList<string>> JobIdsAsync(PartnerHelpFactory factory, string refundId, string group = "refunds")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().JobAttempts.AsNoTracking()
            .Where(a => a.JobName == refundId && a.JobGroup == group).OrderByDescending(a => a.Id).Select(a => a.TriggerName).ToListAsync()).Distinct().ToList();
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();

    /// <summary>The antiforgery header name and this session's token, as the dashboard's layout gives them.</summary>
    public async Task<(string Header, string Token)> TokenAsync()
    {
        var html = await client.GetStringAsync("/admin/jobs/audit");
        return (WebUtility.HtmlDecode(HeaderPattern().Match(html).Groups[1].Value), WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex MarkupPattern();

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
