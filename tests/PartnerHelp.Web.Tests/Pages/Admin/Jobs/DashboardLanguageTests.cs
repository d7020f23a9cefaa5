using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using Hangfire;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Jobs;

namespace PartnerHelp.Web.Tests.Pages.Admin.Jobs;

/// <summary>
/// The whole dashboard in the operator's language: Hangfire's own pages (its strings for sv, de, fr, es, pt-BR; ours,
/// built as satellite assemblies of Hangfire.Core, for vi, ja and ar) and PartnerHelp's pages inside it.
/// </summary>
public sealed class DashboardLanguageTests(JobsSiteFixture site) : IClassFixture<JobsSiteFixture>
{
    private static readonly string SatelliteFolder = RepoPaths.Combine("Resources", "HangfireDashboard");

    [Theory]
    [InlineData("vi", "Thử lại", "Hoàn tiền")]
    [InlineData("ja", "再試行", "返金")]
    [InlineData("ar", "إعادات المحاولة", "عمليات استرداد الأموال")]
    [InlineData("sv", "Antal nya försök", "Återbetalningar")]
    [InlineData("en", "Retries", "Refunds")]
    public async Task Dashboard_SpeaksTheOperatorsLanguage_InHangfiresMenuAndOurs(string culture, string retries, string refunds)
    {
        // Signing in under /{culture}/ leaves the culture cookie the dashboard (no culture in its URL) reads.
        using var ops = await DashboardClient.SignInAsync(site.Factory, culture: culture);

        var html = await ops.PageAsync("/admin/jobs/retries");

        Assert.Contains($"<html lang=\"{CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName}\"", html, StringComparison.Ordinal);
        Assert.Contains(retries, html, StringComparison.Ordinal);
        Assert.Contains(refunds, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("ja")]
    [InlineData("ar")]
    public void Satellite_HoldsEveryDashboardString_WithTheSamePlaceholders(string culture)
    {
        var neutral = new ResourceManager("Hangfire.Dashboard.Content.resx.Strings", typeof(JobStorage).Assembly);
        var english = neutral.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
        var ours = XDocument.Load(Path.Combine(SatelliteFolder, $"Strings.{culture}.resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.True(Placeholders(text) == Placeholders(ours[key]), $"{culture} {key}: placeholders differ");
        }

        // .NET loads the satellite beside the site for this culture: the lookup no longer falls back to English.
        Assert.Equal(ours["NavigationMenu_Retries"], neutral.GetString("NavigationMenu_Retries", CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Satellites_AreBuiltForTheHangfireCoreTheSiteLoads()
    {
        var core = typeof(JobStorage).Assembly.GetName();
        foreach (var culture in new[] { "vi", "ja", "ar" })
        {
            var satellite = System.Reflection.AssemblyName.GetAssemblyName(Path.Combine(AppContext.BaseDirectory, culture, "Hangfire.Core.resources.dll"));
            Assert.Equal((core.Version, culture), (satellite.Version, satellite.CultureName));
        }
    }

    private static string Placeholders(string text) =>
        string.Join(' ', System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+[^}]*\}").Select(m => m.Value).Order(StringComparer.Ordinal));
}
