using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Load;

/// <summary>
/// <c>cancel-latency</c>: how long a cancellation waits for its refund to start. Contoso's admin cancels new orders one
/// at a time on the site's own cancel page (sign-in, form, antiforgery token: the path a partner takes, so the commit
/// wakes the site's outbox dispatcher as a partner's would), one every <c>interval</c>. Each refund's latency runs from
/// its RequestedAt, stamped in the cancellation's transaction just before the commit, to its ProcessingAt, stamped by
/// the payment run's first commit: both the site's clock.
/// </summary>
public static partial class CancelLatency
{
    /// <summary>
    /// Cancels <paramref name="count"/> orders of batch <paramref name="batch"/> (a number: order ids are
    /// <c>JL-{batch}{100000 + i}</c>, a shape the site accepts) through <paramref name="url"/> and prints the latencies.
    /// </summary>
    public static async Task<int> RunAsync(string url, DatabaseOptions database, int batch, int count, TimeSpan interval, TimeSpan timeout)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"JL-{batch}");
        var orders = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}{100000 + i}")).ToList();
        await BenchData.SeedCancellableOrdersAsync(database, orders);
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (await PostFormAsync(http, "/en/account/sign-in", [new("Input.Email", "admin@contoso.example"), new("Input.Password", "PartnerHelp!1")]) != HttpStatusCode.Redirect)
        {
            await Console.Error.WriteLineAsync("sign-in failed");
            return 1;
        }

        var posts = new List<double>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var wait = (interval * i) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var path = $"/en/memberships/{orders[i]}/cancel";
            var started = Stopwatch.GetTimestamp();
            var answer = await PostFormAsync(http, path, [new("Input.Reason", "NoLongerNeeded"), new("Input.ConfirmAuthority", "true")]);
            if (answer != HttpStatusCode.Redirect)
            {
                await Console.Error.WriteLineAsync($"cancelling {path} answered {(int)answer}");
                return 1;
            }

            posts.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var latencies = await WaitForProcessingAsync(database, prefix, count, timeout);
        if (latencies is null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"figure cancel_to_processing_ms timeout ({count} cancellations, not all Processing after {timeout.TotalSeconds:F0} s)"));
            return 1;
        }

        posts.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"figure cancel_to_processing_ms p50 {At(latencies, 0.5):F1} p99 {At(latencies, 0.99):F1} max {latencies[^1]:F1} ({count} cancellations on the cancel page, one every {interval.TotalMilliseconds:F0} ms; the POST itself p50 {At(posts, 0.5):F1} ms)"));
        return 0;
    }

    /// <summary>Each refund's RequestedAt → ProcessingAt in ms, sorted, once all <paramref name="count"/> have started; null on timeout.</summary>
    private static async Task<double[]?> WaitForProcessingAsync(DatabaseOptions database, string orderPrefix, int count, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            await using var db = BenchData.Open(database);
            var times = await BenchData.RefundsOf(db, orderPrefix).Where(r => r.ProcessingAt != null)
                .Select(r => new { r.RequestedAt, r.ProcessingAt }).ToListAsync();
            if (times.Count >= count)
            {
                return [.. times.Select(t => (t.ProcessingAt!.Value - t.RequestedAt).TotalMilliseconds).Order()];
            }

            await Task.Delay(250);
        }

        return null;
    }

    /// <summary>GETs <paramref name="path"/> for its form's antiforgery token, then posts <paramref name="fields"/> with it.</summary>
    private static async Task<HttpStatusCode> PostFormAsync(HttpClient http, string path, KeyValuePair<string, string>[] fields)
    {
        var page = await http.GetStringAsync(path);
        var token = TokenField().Match(page);
        if (!token.Success)
        {
            return HttpStatusCode.NotFound;
        }

        using var form = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token.Groups[1].Value)]);
        using var response = await http.PostAsync(path, form);
        return response.StatusCode;
    }

    private static double At(IReadOnlyList<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
