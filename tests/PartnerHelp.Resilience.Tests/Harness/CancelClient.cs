using System.Net;
using System.Text.RegularExpressions;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>
/// A partner admin cancelling orders through the real pages: GET the cancel form for its antiforgery token, POST it.
/// A request cut off (the site died) is resubmitted with the same form, as a person would press the button again;
/// the sign-in and antiforgery cookies are kept across restarts (their keys are in the database).
/// </summary>
internal sealed partial class CancelClient : IDisposable
{
    private readonly HttpClientHandler _handler = new() { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
    private readonly Func<string> _currentUrl;
    private int _posts;
    private int _retries;
    private int _serverErrors;
    private int _refusedForms;
    private int _resubmittedAlreadyDone;

    public CancelClient(Func<string> currentUrl) => _currentUrl = currentUrl;

    public int Posts => _posts;

    public int Retries => _retries;

    public int ServerErrors => _serverErrors;

    /// <summary>Antiforgery or sign-in refused after a restart: the keys were not shared with the new process.</summary>
    public int RefusedForms => _refusedForms;

    /// <summary>Resubmissions answered "already cancelled": the cut-off request had committed.</summary>
    public int ResubmittedAlreadyDone => _resubmittedAlreadyDone;

    public async Task SignInAsync(string email)
    {
        using var client = Client(_currentUrl());
        await SiteSignIn.AsAsync(client, email);
    }

    /// <summary>Cancels <paramref name="orderId"/>, resubmitting until the site answers; throws on an answer that is not a cancellation.</summary>
    public async Task CancelAsync(string orderId, DateTime deadline)
    {
        string? token = null;
        var submitted = false;
        var attempts = 0;
        while (true)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{orderId}: no answer before the deadline.");
            }

            var url = _currentUrl();
            try
            {
                using var client = Client(url);
                if (token is null)
                {
                    using var page = await client.GetAsync($"/en/memberships/{orderId}/cancel");
                    if (page.StatusCode == HttpStatusCode.Redirect)
                    {
                        Interlocked.Increment(ref _refusedForms);
                        throw new InvalidOperationException($"{orderId}: the cancel page sent a signed-in partner admin to {page.Headers.Location}.");
                    }

                    page.EnsureSuccessStatusCode();
                    var match = TokenPattern().Match(await page.Content.ReadAsStringAsync());
                    if (!match.Success)
                    {
                        // No form: the order is cancelled, which only a submission of ours that got cut off can explain.
                        AlreadyDone(orderId, submitted);
                        return;
                    }

                    token = WebUtility.HtmlDecode(match.Groups[1].Value);
                }

                if (submitted)
                {
                    Interlocked.Increment(ref _retries);
                }

                Interlocked.Increment(ref _posts);
                submitted = true;
                attempts++;
                using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.Reason"] = "NoLongerNeeded",
                    ["Input.ConfirmAuthority"] = "true",
                    ["__RequestVerificationToken"] = token,
                });
                using var response = await client.PostAsync($"/en/memberships/{orderId}/cancel", form);
                switch (response.StatusCode)
                {
                    case HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.EndsWith($"/memberships/{orderId}/cancelled", StringComparison.Ordinal) == true:
                        return;
                    case HttpStatusCode.Conflict:
                        AlreadyDone(orderId, attempts > 1);
                        return;
                    case HttpStatusCode.InternalServerError:
                        Interlocked.Increment(ref _serverErrors);
                        break;
                    case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable:
                        await Task.Delay(500);
                        break;
                    case HttpStatusCode.BadRequest:
                        Interlocked.Increment(ref _refusedForms);
                        token = null;
                        break;
                    default:
                        throw new InvalidOperationException($"{orderId}: cancel answered {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                // The site was killed mid-request or is down: a person waits until it answers again, then submits again.
                var waitUntil = DateTime.UtcNow.AddSeconds(2);
                while (_currentUrl() == url && DateTime.UtcNow < waitUntil)
                {
                    await Task.Delay(100);
                }
            }
        }
    }

    public void Dispose() => _handler.Dispose();

    private HttpClient Client(string url) => new(_handler, disposeHandler: false) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };

    private void AlreadyDone(string orderId, bool resubmitted)
    {
        if (!resubmitted)
        {
            throw new InvalidOperationException($"{orderId}: already cancelled before this client's first submission.");
        }

        Interlocked.Increment(ref _resubmittedAlreadyDone);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
