using System.Net;
using System.Text.RegularExpressions;

namespace PartnerHelp.Testing;

/// <summary>Signs in through the real sign-in page (antiforgery token and all).</summary>
public static partial class SiteSignIn
{
    public const string DemoPassword = "PartnerHelp!1";

    /// <summary>Posts the sign-in form; returns the response (302 on success).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password = DemoPassword, string culture = "en")
    {
        var token = await AntiforgeryTokenAsync(client, $"/{culture}/account/sign-in");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync($"/{culture}/account/sign-in", form);
    }

    /// <summary>Signs in and fails the test when it does not work.</summary>
    public static async Task AsAsync(HttpClient client, string email, string culture = "en")
    {
        using var response = await PostAsync(client, email, DemoPassword, culture);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}.");
        }
    }

    /// <summary>Reads the antiforgery token of the form on <paramref name="path"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
