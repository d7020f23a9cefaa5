using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Testing;

/// <summary>A cookie-keeping client on a <see cref="PartnerHelpFactory"/> that reads pages as HTML documents and posts their forms.</summary>
public sealed class SiteSession(HttpClient client) : IDisposable
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public HttpClient Client { get; } = client;

    public static async Task<SiteSession> StartAsync(PartnerHelpFactory factory, string? email = null)
    {
        var session = new SiteSession(factory.CreateBrowserLikeClient());
        if (email is not null)
        {
            await SiteSignIn.AsAsync(session.Client, email);
        }

        return session;
    }

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response, await ParseAsync(response));
    }

    /// <summary>Posts the first form inside main of <paramref name="formPage"/> with <paramref name="fields"/>, with or without its antiforgery token.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> PostFormAsync(
        string formPage, string action, IDictionary<string, string> fields, bool withToken = true, string? tokenOverride = null)
    {
        var values = new List<KeyValuePair<string, string>>(fields);
        if (withToken)
        {
            var token = tokenOverride ?? await TokenAsync(formPage);
            values.Add(new("__RequestVerificationToken", token));
        }

        using var content = new FormUrlEncodedContent(values);
        var response = await Client.PostAsync(action, content);
        return (response, await ParseAsync(response));
    }

    /// <summary>The antiforgery token of the main form on <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var (response, document) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var input = document.QuerySelector("main form input[name='__RequestVerificationToken']") as IHtmlInputElement;
        return input?.Value ?? throw new InvalidOperationException($"No form with a token on {path}.");
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Parser.OpenAsync(request => request.Content(html));
    }

    public void Dispose() => Client.Dispose();
}
