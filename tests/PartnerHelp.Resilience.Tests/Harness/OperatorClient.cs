using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>The operator (ops@partnerhelp.example) on the jobs dashboard: reads the refunds board and posts its action forms.</summary>
internal sealed class OperatorClient : IDisposable
{
    private readonly HttpClient _client;
    private readonly HtmlParser _parser = new();

    private OperatorClient(string url)
    {
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public static async Task<OperatorClient> SignInAsync(string url)
    {
        var client = new OperatorClient(url);
        await SiteSignIn.AsAsync(client._client, "ops@partnerhelp.example");
        return client;
    }

    /// <summary>The refund ids the refunds board lists under <paramref name="status"/>.</summary>
    public async Task<IReadOnlyList<string>> RefundsAsync(string status)
    {
        var page = await PageAsync($"/admin/jobs/refunds?status={status}");
        return page.QuerySelectorAll($"tr[data-refund][data-status='{status}']").Select(row => row.GetAttribute("data-refund")!).ToList();
    }

    /// <summary>The text of a job's detail page.</summary>
    public async Task<string> JobTextAsync(string jobKey) => (await PageAsync($"/admin/jobs/job/{jobKey}")).Body!.TextContent;

    /// <summary>Confirms and posts the job page's form for <paramref name="action"/>, as the operator's click does.</summary>
    public async Task<HttpStatusCode> ActAsync(string jobKey, string action)
    {
        var page = await PageAsync($"/admin/jobs/job/{jobKey}");
        var form = page.QuerySelectorAll("form.jobs-action").OfType<IHtmlFormElement>()
            .SingleOrDefault(f => f.QuerySelector($"input[name='action'][value='{action}']") is not null)
            ?? throw new InvalidOperationException($"No {action} form on {jobKey}.");
        var fields = form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        fields["confirm"] = "true";
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _client.PostAsync(form.GetAttribute("action"), content);
        return response.StatusCode;
    }

    public void Dispose() => _client.Dispose();

    private async Task<IHtmlDocument> PageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await _parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
