using System.Globalization;
using System.Net;

namespace PartnerHelp.Web.Tests.Telemetry;

/// <summary>One answer of <c>/metrics</c>, read as the Prometheus text format: sample lines <c>name{labels} value</c>.</summary>
public sealed class PrometheusScrape(string text)
{
    public string Text { get; } = text;

    /// <summary>GETs <c>/metrics</c>, checks it answered in the Prometheus text format, and reads it.</summary>
    public static async Task<PrometheusScrape> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("version=0.0.4", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        return new PrometheusScrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Whether a sample of <paramref name="metric"/> is present (with any labels).</summary>
    public bool Has(string metric) => Samples(metric, []).Any();

    /// <summary>
    /// The value of the one sample of <paramref name="metric"/> carrying every label in <paramref name="labels"/> (others,
    /// such as the scope's, may be there too); 0 when there is none, as a counter that never moved is not reported.
    /// </summary>
    public double Value(string metric, params (string Name, string Value)[] labels)
    {
        var samples = Samples(metric, labels).ToList();
        Assert.True(samples.Count <= 1, $"{samples.Count} samples of {metric} match; name every label that tells them apart.");
        return samples.Count == 0 ? 0 : samples[0];
    }

    private IEnumerable<double> Samples(string metric, (string Name, string Value)[] labels)
    {
        foreach (var line in Text.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length || line[metric.Length] is not ('{' or ' '))
            {
                continue;
            }

            var end = line.LastIndexOf('}');
            var labelText = end < 0 ? string.Empty : line[metric.Length..(end + 1)];
            if (labels.All(label => labelText.Contains($"{label.Name}=\"{label.Value}\"", StringComparison.Ordinal)))
            {
                var rest = line[(end < 0 ? metric.Length : end + 1)..].Trim().Split(' ');
                yield return double.Parse(rest[0], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
    }
}
