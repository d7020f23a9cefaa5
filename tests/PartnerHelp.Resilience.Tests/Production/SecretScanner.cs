using System.Text.RegularExpressions;

namespace PartnerHelp.Resilience.Tests.Production;

/// <summary>
/// Finds what must never be committed: private keys, connection strings with a real password, secrets set in
/// configuration files, well-known token formats, and key or database files.
/// </summary>
internal static partial class SecretScanner
{
    private static readonly string[] SecretFileExtensions = [".pfx", ".p12", ".pem", ".key", ".snk", ".db", ".sqlite"];

    /// <summary>The findings in one file's text, as "line: what".</summary>
    public static IEnumerable<string> Scan(string path, string text)
    {
        if (SecretFileExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            yield return "0: a key or database file";
        }

        var lines = text.Split('\n');
        var isSettings = Path.GetFileName(path).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (PrivateKey().IsMatch(line))
            {
                yield return $"{i + 1}: a private key";
            }

            foreach (Match password in ConnectionPassword().Matches(line))
            {
                if (!IsPlaceholder(password.Groups["value"].Value))
                {
                    yield return $"{i + 1}: a connection string with a password";
                }
            }

            if (isSettings && SettingsSecret().Match(line) is { Success: true } setting && !IsPlaceholder(setting.Groups["value"].Value))
            {
                yield return $"{i + 1}: a secret in settings ({setting.Groups["key"].Value})";
            }

            if (KnownToken().IsMatch(line))
            {
                yield return $"{i + 1}: a token in a known format";
            }
        }
    }

    /// <summary>Documentation placeholders and interpolation holes are not passwords.</summary>
    private static bool IsPlaceholder(string value) =>
        value.Length == 0 || value is "…" or "..." || value.StartsWith('<') || value.StartsWith('{') || value.StartsWith('$') || value.StartsWith('%')
        || value.Contains("…", StringComparison.Ordinal);

    [GeneratedRegex(@"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"(?i)\b(?:password|pwd)\s*=\s*(?<value>[^;""'\s]*)")]
    private static partial Regex ConnectionPassword();

    [GeneratedRegex(@"(?i)""(?<key>[A-Za-z]*(?:password|secret|apikey|accountkey|token)[A-Za-z]*)""\s*:\s*""(?<value>[^""]*)""")]
    private static partial Regex SettingsSecret();

    [GeneratedRegex(@"\b(?:AKIA[0-9A-Z]{16}|gh[pousr]_[0-9A-Za-z]{36}|xox[abprs]-[0-9A-Za-z-]{10,}|sk-[0-9A-Za-z]{32,}|AccountKey=[0-9A-Za-z+/]{40,}={0,2})")]
    private static partial Regex KnownToken();
}
