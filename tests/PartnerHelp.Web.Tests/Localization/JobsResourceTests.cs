using System.Text.RegularExpressions;
using System.Xml.Linq;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Localization;

public sealed partial class JobsResourceTests
{
    [Theory]
    [InlineData("vi")]
    [InlineData("sv")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("pt-BR")]
    [InlineData("ja")]
    [InlineData("ar")]
    public void Culture_HasExactlyTheNeutralKeys_WhenTranslated(string culture)
    {
        var neutral = Keys("JobsResource.resx");
        var translated = Keys($"JobsResource.{culture}.resx");

        Assert.Equal(neutral.Order(StringComparer.Ordinal), translated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DashboardPages_UseOnlyKeysTheResourceHas_WhenKeysAreLiteral()
    {
        var neutral = Keys("JobsResource.resx").ToHashSet(StringComparer.Ordinal);
        var folder = RepoPaths.Combine("src", "PartnerHelp.Web", "Pages", "Admin", "Jobs");
        var used = Directory.GetFiles(folder, "*.cshtml")
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, key => Assert.Contains(key, neutral));
    }

    private static List<string> Keys(string file) =>
        XDocument.Load(RepoPaths.Combine("Resources", file)).Root!.Elements("data").Select(e => (string)e.Attribute("name")!).ToList();

    [GeneratedRegex("J\\[\"(Jobs_[A-Za-z_]+)\"")]
    private static partial Regex LiteralKey();
}
