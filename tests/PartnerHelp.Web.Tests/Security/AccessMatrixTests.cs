using System.Globalization;
using System.Net;
using System.Text;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Security;

/// <summary>Every route × every demo user (SPEC 7), with the routes read from the site itself.</summary>
public sealed class AccessMatrixTests(SharedSite site) : IClassFixture<SharedSite>
{
    /// <summary>Names of the other partners' resources that a denied answer must not reveal.</summary>
    private static readonly string[] Secrets = ["NW-3001", "Northwind", "Tailspin", "FB-2001", "Fabrikam", "CT-1001", "CT-1008", "CT-1005", "Contoso"];

    [Fact]
    public void EveryMappedRoute_HasARow_WhenTheSiteMapsIt()
    {
        var mapped = RouteInventory.Routes(site.Factory);
        var listed = AccessMatrix.Rows.Select(r => r.Route).ToList();

        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(mapped.Except(listed, StringComparer.Ordinal));
        Assert.Empty(listed.Except(mapped, StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryRoute_AnswersEveryUserAsTheMatrixSays_AndDeniedAnswersLeakNothing()
    {
        var sessions = new List<SiteSession>();
        foreach (var email in AccessMatrix.Users)
        {
            sessions.Add(await SiteSession.StartAsync(site.Factory, email));
        }

        var mismatches = new List<string>();
        var requests = 0;
        try
        {
            foreach (var row in AccessMatrix.Rows)
            {
                Assert.Equal(AccessMatrix.Users.Length, row.Expected.Length);
                for (var column = 0; column < sessions.Count; column++)
                {
                    requests++;
                    var (actual, body) = await SendAsync(sessions[column].Client, row.Request);
                    var who = AccessMatrix.Users[column] ?? "anonymous";
                    if (actual != row.Expected[column])
                    {
                        mismatches.Add($"{row.Request} as {who}: expected {row.Expected[column]}, got {actual}");
                    }
                    else if (actual is "403" or "404" && Secrets.FirstOrDefault(s => row.Request.Contains(s, StringComparison.Ordinal) && body.Contains(s, StringComparison.Ordinal)) is { } leaked)
                    {
                        mismatches.Add($"{row.Request} as {who}: the {actual} answer names {leaked}");
                    }
                }
            }
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }

        SuiteFigures.Record("security-access", string.Create(CultureInfo.InvariantCulture,
            $"routes={AccessMatrix.Rows.Length} users={AccessMatrix.Users.Length} requests={requests} mismatches={mismatches.Count}"));
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static async Task<(string Status, string Body)> SendAsync(HttpClient client, string request)
    {
        var space = request.IndexOf(' ', StringComparison.Ordinal);
        using var message = new HttpRequestMessage(new HttpMethod(request[..space]), request[(space + 1)..]);
        if (message.Method == HttpMethod.Post)
        {
            message.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/sign-in?returnUrl=", StringComparison.Ordinal) == true)
        {
            return ("signin", body);
        }

        return (status.ToString(CultureInfo.InvariantCulture), body);
    }
}
