using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Security;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Fuzz;

/// <summary>
/// Hostile input over every form, the JSON API and the bot endpoints: never a 5xx, and a refused request changes
/// nothing (a database fingerprint before and after each one); script is served encoded; errors are localized.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const int Seed = 20261122;
    private readonly PartnerHelpFactory _site = new();

    public HostileInputTests() => _site.Settings["Jobs:Enabled"] = "false";

    [Fact]
    [Trait("Category", "Soak")]
    public async Task Forms_NeverAnswer5xxNorChangeStateWhenRefusing_UnderSeededHostileInput()
    {
        var values = new HostileValues(Seed);
        var forms = AntiforgeryTests.Posts().Where(p => p.User is "admin@contoso.example" or "agent@northwind.example" && !p.Action.Contains("sign-out", StringComparison.Ordinal)).ToList();
        var sessions = new Dictionary<string, (SiteSession Session, string Token)>(StringComparer.Ordinal);
        foreach (var user in forms.Select(f => f.User).Distinct())
        {
            var session = await SiteSession.StartAsync(_site, user);
            sessions[user] = (session, await session.TokenAsync("/en/tickets/new"));
        }

        int tried = 0, serverErrors = 0, stateChanges = 0;
        var problems = new List<string>();
        var iterations = SuiteProfile.Pick(150, 1500);
        for (var i = 0; i < iterations; i++)
        {
            var form = forms[values.Pick(forms.Count)];
            var (session, token) = sessions[form.User];
            var fields = values.Mutate(form.Fields);
            var culture = SiteCultures[values.Pick(SiteCultures.Length)];
            var action = "/" + culture + form.Action[3..];
            var before = await DatabaseFingerprint.TakeAsync(_site);
            var (response, _) = await session.PostFormAsync(form.TokenPage, action, fields, tokenOverride: token);
            tried++;
            var status = (int)response.StatusCode;
            var changed = (await DatabaseFingerprint.TakeAsync(_site)).ChangedSince(before);
            if (status >= 500)
            {
                serverErrors++;
                problems.Add($"#{i} {action} [{string.Join(", ", fields.Select(f => f.Key + "=" + f.Value[..Math.Min(f.Value.Length, 30)] + "(" + f.Value.Length + ")"))}]: {status} {(await response.Content.ReadAsStringAsync()).Length}");
            }
            else if (status >= 400 && changed.Count > 0)
            {
                stateChanges++;
                problems.Add($"#{i} {action}: refused with {status} but changed {string.Join(", ", changed)}");
            }
        }

        sessions.Values.ToList().ForEach(s => s.Session.Dispose());
        SuiteFigures.Record("hostile-input", string.Create(CultureInfo.InvariantCulture,
            $"forms: seed={Seed} requests={tried} 5xx={serverErrors} state-changes-on-refusal={stateChanges}"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task UrlsApiAndBot_NeverAnswer5xx_UnderHostileRequests()
    {
        using var admin = await SiteSession.StartAsync(_site, "admin@contoso.example");
        var before = await DatabaseFingerprint.TakeAsync(_site);
        var answers = new List<(string Request, int Status)>();
        foreach (var path in new[]
        {
            "/xx/memberships", "/EN/memberships", "/en-US/memberships", "/zz-ZZ", "/%2e%2e/en", "/en/../../etc/passwd", "/ar/orders/%01",
            "/en/orders/" + new string('9', 5000), "/en/orders/..%2f..%2fappsettings.json", "/api/v1/orders/%3Cscript%3E/eligibility",
            "/api/v1/orders/CT-1001'--/refund", "/admin/jobs/job/..%2f..", "/en/tickets/new?order=" + Uri.EscapeDataString(HostileValues.Script),
            "/en/store-orders?cancelled=" + Uri.EscapeDataString(HostileValues.Script), "/en/credit-requests/new?incident=%01",
        })
        {
            using var response = await admin.Client.GetAsync(path);
            answers.Add(($"GET {path}", (int)response.StatusCode));
            Assert.DoesNotContain(HostileValues.Script, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var anonymous = _site.CreateClient();
        using var generated = await anonymous.PostAsync("/v3/directline/tokens/generate", null);
        var conversation = JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement;
        var activities = $"/v3/directline/conversations/{conversation.GetProperty("conversationId").GetString()}/activities";
        var bodies = new[]
        {
            "{", "[]", "null", "\"text\"", "{\"type\":5,\"text\":[1,2]}", "{\"type\":\"message\"}", "{\"type\":\"message\",\"text\":null,\"from\":7}",
            "{\"type\":\"message\",\"text\":\"" + HostileValues.Script.Replace("'", "\\u0027", StringComparison.Ordinal) + "\",\"from\":{\"id\":\"u\"}}",
            "{\"type\":\"message\",\"text\":\"" + new string('a', 300_000) + "\",\"from\":{\"id\":\"u\"}}",
            new string('[', 10_000) + new string(']', 10_000),
            "{\"type\":\"message\",\"serviceUrl\":\"http://169.254.169.254/\",\"conversation\":{\"id\":\"x\"},\"text\":\"hi\"}",
        };
        foreach (var body in bodies)
        {
            foreach (var (path, bearer) in new[] { (activities, conversation.GetProperty("token").GetString()), ("/api/messages", null) })
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                if (bearer is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                }

                using var response = await anonymous.SendAsync(request);
                answers.Add(($"POST {path} {body[..Math.Min(body.Length, 40)]}", (int)response.StatusCode));
            }
        }

        var serverErrors = answers.Where(a => a.Status >= 500).ToList();
        var changed = (await DatabaseFingerprint.TakeAsync(_site)).ChangedSince(before);
        SuiteFigures.Record("hostile-input", string.Create(CultureInfo.InvariantCulture,
            $"urls, API and bot: requests={answers.Count} 5xx={serverErrors.Count} state-changes={changed.Count}"));
        Assert.True(serverErrors.Count == 0, string.Join(Environment.NewLine, serverErrors));
        Assert.Empty(changed);
        Assert.All(answers.Where(a => a.Request.Contains("aaaaaaaaaa", StringComparison.Ordinal)), a => Assert.Equal(413, a.Status));
        Assert.All(answers.Where(a => a.Request.StartsWith("GET /xx", StringComparison.Ordinal) || a.Request.StartsWith("GET /zz", StringComparison.Ordinal)), a => Assert.Equal(404, a.Status));
    }

    [Fact]
    public async Task BotEndpoints_Answer413WithALocalizedError_ForAnOversizedActivity()
    {
        using var anonymous = _site.CreateClient();
        using var generated = await anonymous.PostAsync("/v3/directline/tokens/generate", null);
        var conversation = JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement;
        var activities = $"/v3/directline/conversations/{conversation.GetProperty("conversationId").GetString()}/activities";
        var before = await DatabaseFingerprint.TakeAsync(_site);
        var body = "{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"text\":\"" + new string('a', 300_000) + "\"}";

        foreach (var (path, bearer) in new[] { (activities, conversation.GetProperty("token").GetString()), ("/api/messages", null) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.AcceptLanguage.ParseAdd("sv");
            if (bearer is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }

            using var response = await anonymous.SendAsync(request);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("MessageSizeExceeded", error.GetProperty("code").GetString());
            Assert.Contains("större än kanalen tar emot", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty((await DatabaseFingerprint.TakeAsync(_site)).ChangedSince(before));
    }

    [Fact]
    public async Task ScriptInATicket_IsServedEncoded_AndAnEmptyTicketGetsASwedishError()
    {
        using var admin = await SiteSession.StartAsync(_site, "admin@contoso.example");

        var (opened, _) = await admin.PostFormAsync("/sv/tickets/new", "/sv/tickets/new", new Dictionary<string, string>
        {
            ["Input.Subject"] = HostileValues.Script, ["Input.Description"] = HostileValues.Script, ["Input.SubmissionKey"] = Guid.NewGuid().ToString("N"),
        });
        var list = await admin.Client.GetStringAsync("/sv/tickets");
        var before = await DatabaseFingerprint.TakeAsync(_site);
        var (empty, document) = await admin.PostFormAsync("/sv/tickets/new", "/sv/tickets/new", new Dictionary<string, string> { ["Input.Subject"] = " ", ["Input.Description"] = string.Empty });

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.DoesNotContain("<script>alert", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("måste fyllas i", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await DatabaseFingerprint.TakeAsync(_site)).ChangedSince(before));
    }

    [Fact]
    public async Task CreditRequestUpload_Is413ForAHugeBody_AndNeverKeepsATraversalName()
    {
        using var agent = await SiteSession.StartAsync(_site, "agent@northwind.example");
        var token = await agent.TokenAsync("/en/credit-requests/new");
        var before = await DatabaseFingerprint.TakeAsync(_site);

        using var huge = Multipart(token, "form.pdf", new byte[12 * 1024 * 1024]);
        using var tooLarge = await agent.Client.PostAsync("/fr/credit-requests/new", huge);
        using var traversal = Multipart(token, "../../../../etc/passwd.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        using var sneaky = await agent.Client.PostAsync("/en/credit-requests/new", traversal);
        var names = await SiteData.QueryAsync(_site, db => Task.FromResult(db.CreditRequests.Select(r => r.FormFileName).ToList()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("lang=\"fr\"", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((int)sneaky.StatusCode < 500, $"traversal upload answered {(int)sneaky.StatusCode}");
        Assert.All(names, n => Assert.False(n.Contains('/', StringComparison.Ordinal) || n.Contains('\\', StringComparison.Ordinal) || n.Contains("..", StringComparison.Ordinal), n));
        if (sneaky.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Empty((await DatabaseFingerprint.TakeAsync(_site)).ChangedSince(before));
        }
    }

    private static readonly string[] SiteCultures = ["en", "vi", "sv", "de", "fr", "es", "ja", "pt-BR", "ar"];

    private static MultipartFormDataContent Multipart(string token, string fileName, byte[] file)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("INC-7001"), "Input.IncidentId" },
            { new StringContent("Tailspin Toys"), "Input.CustomerName" },
            { new StringContent(DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "Input.IncidentDate" },
            { new StringContent("ServiceIncident"), "Input.Category" },
            { new StringContent("Outage"), "Input.Description" },
            { new StringContent("The customer asks for a credit."), "Input.WrittenRequest" },
            { new StringContent(Guid.NewGuid().ToString("N")), "Input.SubmissionKey" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(part, "Input.Form", fileName);
        return content;
    }

    public void Dispose() => _site.Dispose();
}
