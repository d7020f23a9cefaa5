using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>One node's row on the dashboard's servers page (<c>/admin/jobs/servers</c>), read from its data attributes.</summary>
public sealed partial record ServersPage(string InstanceId, string Health, string Cluster, double HeartbeatAgeSeconds, IReadOnlyList<string> Running)
{
    /// <summary>Reads the page as the signed-in operator <paramref name="client"/>.</summary>
    public static async Task<IReadOnlyList<ServersPage>> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/admin/jobs/servers");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"servers page answered {(int)response.StatusCode}");
        return Row().Matches(html).Select(m => new ServersPage(
            WebUtility.HtmlDecode(m.Groups["id"].Value),
            Attribute(m.Value, "data-health"),
            Attribute(m.Value, "data-cluster"),
            double.Parse(Attribute(m.Value, "data-heartbeat-age"), CultureInfo.InvariantCulture),
            RunningJob().Matches(m.Value).Select(j => WebUtility.HtmlDecode(j.Groups[1].Value)).ToList())).ToList();
    }

    private static string Attribute(string html, string name) =>
        Regex.Match(html, $"{name}=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No {name} in a servers row.");

    [GeneratedRegex("<tr class=\"jobs-server[^\"]*\" data-instance=\"(?<id>[^\"]+)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("href=\"/admin/jobs/job/([^\"]+)\"")]
    private static partial Regex RunningJob();
}
