using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Chat;
using PartnerHelp.Web.Bot.Dialog;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Bot;

/// <summary>
/// Text in every site language for the recognizer's language model: the site's own translated strings (pages,
/// answers, errors), sentence by sentence. Thousands of real sentences per language, already in the repository.
/// A training input (<c>./scripts/train-bot.sh</c>, and the test that the shipped model is current), not read by
/// the running site.
/// </summary>
public static partial class ChatLanguageSamples
{
    /// <summary>The samples of the site's resources, read without a host (as the site's localization finds them).</summary>
    public static IReadOnlyList<(string Language, string Text)> FromSiteResources()
    {
        var options = Options.Create(new LocalizationOptions { ResourcesPath = "Resources" });
        return FromResources(new ResourceManagerStringLocalizerFactory(options, NullLoggerFactory.Instance));
    }

    /// <summary>The translated strings of every resource in <c>Resources/</c>, each labelled with its culture.</summary>
    public static IReadOnlyList<(string Language, string Text)> FromResources(IStringLocalizerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var resources = typeof(ChatResource).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ChatResource).Namespace && t.Name.EndsWith("Resource", StringComparison.Ordinal))
            .ToList();
        var samples = new List<(string, string)>();
        foreach (var language in UtteranceSet.Languages)
        {
            using var culture = ReplyCulture.Use(language);
            foreach (var resource in resources)
            {
                // English is the neutral resource; other cultures take only their own strings, never the English fallback.
                foreach (var text in factory.Create(resource).GetAllStrings(includeParentCultures: language == "en"))
                {
                    foreach (var sentence in SentenceBreak().Split(Placeholder().Replace(text.Value, " ")))
                    {
                        if (sentence.Count(char.IsLetter) >= 12)
                        {
                            samples.Add((language, sentence.Trim()));
                        }
                    }
                }
            }
        }

        return samples;
    }

    [GeneratedRegex(@"\{[0-9]+[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<=[.!?。！？؟:])\s+|\n", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
