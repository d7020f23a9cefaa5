using System.Text.RegularExpressions;
using System.Xml.Linq;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Localization;

/// <summary>The resx files under the repository's Resources/ folder, read as plain key/value maps.</summary>
public static partial class ResourceFiles
{
    public static string Folder { get; } = RepoPaths.Combine("Resources");

    /// <summary>Base names of the neutral (English) files, e.g. SharedResource.</summary>
    public static IReadOnlyList<string> Neutral { get; } = Directory.GetFiles(Folder, "*.resx")
        .Select(Path.GetFileNameWithoutExtension)
        .Where(name => name is not null && !name.Contains('.', StringComparison.Ordinal))
        .Select(name => name!)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Every (base name, culture) pair that has a culture file.</summary>
    public static IReadOnlyList<(string BaseName, string Culture)> Translations { get; } = Directory.GetFiles(Folder, "*.*.resx")
        .Select(path => Path.GetFileName(path))
        .Select(file => file[..^".resx".Length])
        .Select(name => (name[..name.IndexOf('.', StringComparison.Ordinal)], name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]))
        .Order()
        .ToList();

    public static IReadOnlyDictionary<string, string> Read(string baseName, string? culture = null)
    {
        var path = Path.Combine(Folder, culture is null ? $"{baseName}.resx" : $"{baseName}.{culture}.resx");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(path).Root!.Elements("data"))
        {
            var key = (string)data.Attribute("name")!;
            Assert.False(entries.ContainsKey(key), $"{path} defines {key} twice.");
            entries[key] = (string?)data.Element("value") ?? string.Empty;
        }

        return entries;
    }

    /// <summary>The composite-format placeholders of a value: {0}, {1:N0} → 0, 1.</summary>
    public static IReadOnlySet<int> Placeholders(string value) =>
        Placeholder().Matches(value).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:,[^}:]*)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
