using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PartnerHelp.Load;

/// <summary>
/// A Direct Line 3.0 client loop: start a conversation with the secret, post a message, poll activities until
/// the bot's reply is readable. Phase 1 measures one client's round trips; phase 2 keeps 100 conversations
/// talking at once and counts errors.
/// </summary>
public static class DirectLineLoad
{
    // A mix of what the recognizer reads: short and long, several languages, a follow-up, a date, a pasted e-mail.
    private static readonly string[] Questions =
    [
        "How do refunds work?", "Why can't I cancel CT-1007?", "how do I fix that?", "hello",
        "Warum kann ich ct 1002 nicht stornieren?", "Sự cố ngày 26 tháng 11, hạn gửi yêu cầu tín dụng là khi nào?",
        "キャンセルボタンが無効になっているのはなぜですか？", "Hi team,\n" + string.Concat(Enumerable.Repeat("We went through the quarterly purchases with finance and filed every invoice in our system. ", 25)) + "\nCould you tell me when the refund for CT-1008 reaches our card?\nBest regards",
    ];

    /// <summary>Runs both phases and prints figures; 1 when a request failed.</summary>
    public static async Task<int> RunAsync(string url, string secret, int samples, int conversations, TimeSpan sustain)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };

        // Warm-up, not measured: the first calls JIT the bot's code paths, and tiered compilation recompiles the
        // hot ones after 30 calls (10 round trips left most of the measured ones running unoptimized code).
        var warm = await Conversation.StartAsync(http, secret, "warm");
        for (var i = 0; i < 100; i++)
        {
            await warm.AskAsync(Questions[i % Questions.Length]);
        }

        var times = new List<double>(samples);
        var posts = new List<double>(samples);
        var polls = 0;
        var perConversation = 20;
        for (var c = 0; times.Count < samples; c++)
        {
            var conversation = await Conversation.StartAsync(http, secret, "solo-" + c);
            for (var i = 0; i < perConversation && times.Count < samples; i++)
            {
                var (total, post, reads) = await conversation.AskAsync(Questions[i % Questions.Length]);
                times.Add(total);
                posts.Add(post);
                polls += reads;
            }
        }

        times.Sort();
        posts.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"figure bot_reply_ms median {Percentile(times, 0.5):F1} p95 {Percentile(times, 0.95):F1} ({times.Count} round trips, one client)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"figure bot_post_ms median {Percentile(posts, 0.5):F1} p95 {Percentile(posts, 0.95):F1} (the POST alone; {(double)polls / times.Count:F2} GETs per reply)"));

        var errors = 0;
        var replies = 0;
        var concurrent = new List<double>();
        var started = await Task.WhenAll(Enumerable.Range(0, conversations).Select(i => Conversation.StartAsync(http, secret, "load-" + i)));
        var until = Stopwatch.StartNew();
        await Task.WhenAll(started.Select(async (conversation, i) =>
        {
            var n = 0;
            while (until.Elapsed < sustain)
            {
                try
                {
                    var (ms, _, _) = await conversation.AskAsync(Questions[(i + n++) % Questions.Length]);
                    lock (concurrent)
                    {
                        concurrent.Add(ms);
                        replies++;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        concurrent.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"figure bot_concurrent conversations {conversations} seconds {sustain.TotalSeconds:F0} replies {replies} errors {errors} median {Percentile(concurrent, 0.5):F1} p95 {Percentile(concurrent, 0.95):F1}"));
        return errors == 0 ? 0 : 1;
    }

    /// <summary>
    /// For a site that is still starting: retries until a conversation starts, then asks one question that needs the
    /// recognizer and waits for the reply (the caller times site start to this reply). 1 when none came in time.
    /// </summary>
    public static async Task<int> FirstReplyAsync(string url, string secret, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                var conversation = await Conversation.StartAsync(http, secret, "first");
                var (ms, _, _) = await conversation.AskAsync(Questions[4]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"figure bot_first_reply_ms {ms:F1} (the first question, once a conversation started)"));
                return 0;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(10);
            }
        }

        return 1;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private sealed class Conversation(HttpClient http, string id, string token, string user)
    {
        private int _watermark;

        public static async Task<Conversation> StartAsync(HttpClient http, string secret, string user)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations")
            {
                Content = JsonContent.Create(new { locale = "en" }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            return new Conversation(http, body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>(), user);
        }

        /// <summary>
        /// Posts <paramref name="text"/> and polls until a reply is readable: milliseconds from the POST to reading
        /// it, milliseconds of the POST alone, and how many GETs it took.
        /// </summary>
        public async Task<(double Total, double Post, int Reads)> AskAsync(string text)
        {
            var clock = Stopwatch.StartNew();
            using (var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities"))
            {
                post.Content = JsonContent.Create(new { type = "message", from = new { id = user }, text, locale = "en" });
                using var posted = await http.SendAsync(post);
                posted.EnsureSuccessStatusCode();
            }

            var postMs = clock.Elapsed.TotalMilliseconds;
            var reads = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                using var get = Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={_watermark}");
                using var read = await http.SendAsync(get);
                reads++;
                read.EnsureSuccessStatusCode();
                var body = (await read.Content.ReadFromJsonAsync<JsonObject>())!;
                _watermark = int.Parse(body["watermark"]!.GetValue<string>(), CultureInfo.InvariantCulture);
                if (body["activities"]!.AsArray().Any(a => a?["from"]?["id"]?.GetValue<string>() != user))
                {
                    return (clock.Elapsed.TotalMilliseconds, postMs, reads);
                }

                await Task.Delay(1);
            }

            throw new TimeoutException($"no reply in conversation {id}");
        }

        private HttpRequestMessage Request(HttpMethod method, string path)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }
    }
}
