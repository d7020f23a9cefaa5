using System.Globalization;
using System.Reflection;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// The schema history, one folder per provider under <c>Persistence/Schema/</c>, embedded in this assembly.
/// Scripts are append-only: a released script is never edited; a change is a new, higher-numbered script.
/// </summary>
public static class SchemaScripts
{
    private const string Prefix = "PartnerHelp.Schema.";

    /// <summary>All scripts for <paramref name="provider"/>, in version order.</summary>
    public static IReadOnlyList<SchemaScript> For(DatabaseProvider provider)
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var folder = $"{Prefix}{provider}.";
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // MSBuild keeps the folder separator of %(RecursiveDir) in the logical name.
            var normalized = resource.Replace('/', '.').Replace('\\', '.');
            if (!normalized.StartsWith(folder, StringComparison.Ordinal) || !normalized.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = normalized[folder.Length..^".sql".Length];
            var separator = name.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0 || !int.TryParse(name.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Schema script '{resource}' is not named NNNN_description.sql.");
            }

            scripts.Add(new SchemaScript(version, name, Read(assembly, resource)));
        }

        if (scripts.Count == 0)
        {
            throw new InvalidOperationException($"No schema scripts are embedded for {provider}.");
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema scripts for {provider} must be numbered 1, 2, 3… without gaps; found {scripts[i].Name}.");
            }
        }

        return scripts;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded schema script {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
