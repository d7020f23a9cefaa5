using System.Globalization;

namespace PartnerHelp.Core.Chat;

/// <summary>The embedded <c>vocabulary.tsv</c>, parsed once, with the matching of cues against a message.</summary>
internal sealed class ChatVocabulary
{
    private static readonly string[] ArabicPrefixes = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "س"];

    private ChatVocabulary(IReadOnlyList<VocabularyCue> cues)
    {
        Cues = cues;
    }

    public static ChatVocabulary Default { get; } = Load();

    public IReadOnlyList<VocabularyCue> Cues { get; }

    /// <summary>
    /// The concepts in a folded message. Longer cues claim their words first and a claimed word is not
    /// matched again, so "credit card" never also counts as "credit".
    /// </summary>
    public HashSet<ChatConcept> Concepts(string folded)
    {
        var tokens = ChatText.Tokens(folded);
        var variants = tokens.Select(Variants).ToArray();
        var used = new bool[tokens.Length];
        var compact = folded.Replace(" ", string.Empty, StringComparison.Ordinal).ToCharArray();
        var found = new HashSet<ChatConcept>();
        foreach (var cue in Cues)
        {
            if (cue.Concept == ChatConcept.Stop)
            {
                continue;
            }

            if (cue.Unspaced ? ClaimCompact(compact, cue.Compact) : ClaimWords(cue, variants, used))
            {
                found.Add(cue.Concept);
            }
        }

        found.Remove(ChatConcept.Ignore);
        return found;
    }

    /// <summary>How many cues of each language occur in the message, exactly (no typo tolerance), without claiming.</summary>
    public Dictionary<string, int> LanguageHits(string folded)
    {
        var tokens = ChatText.Tokens(folded);
        var variants = tokens.Select(Variants).ToArray();
        var compact = folded.Replace(" ", string.Empty, StringComparison.Ordinal);
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cue in Cues)
        {
            var present = cue.Unspaced
                ? compact.Contains(cue.Compact, StringComparison.Ordinal)
                : FindWords(cue, variants, new bool[tokens.Length], fuzzy: false) >= 0;
            if (present)
            {
                hits[cue.Language] = hits.GetValueOrDefault(cue.Language) + 1;
            }
        }

        return hits;
    }

    private static bool ClaimCompact(char[] compact, string cue)
    {
        var index = new string(compact).IndexOf(cue, StringComparison.Ordinal);
        if (index < 0)
        {
            return false;
        }

        Array.Fill(compact, '\u0001', index, cue.Length);
        return true;
    }

    private static bool ClaimWords(VocabularyCue cue, IReadOnlyList<string>[] variants, bool[] used)
    {
        var start = FindWords(cue, variants, used, fuzzy: true);
        if (start < 0)
        {
            return false;
        }

        Array.Fill(used, true, start, cue.Words.Length);
        return true;
    }

    private static int FindWords(VocabularyCue cue, IReadOnlyList<string>[] variants, bool[] used, bool fuzzy)
    {
        for (var start = 0; start + cue.Words.Length <= variants.Length; start++)
        {
            var all = true;
            for (var i = 0; i < cue.Words.Length && all; i++)
            {
                all = !used[start + i] && VocabularyCue.WordMatches(cue.Words[i], variants[start + i], fuzzy);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The token, plus for Arabic the token without its attached article or particle.</summary>
    private static IReadOnlyList<string> Variants(string token)
    {
        if (token.Length == 0 || token[0] is < '\u0600' or > '\u06ff')
        {
            return [token];
        }

        var variants = new List<string> { token };
        foreach (var prefix in ArabicPrefixes)
        {
            if (token.Length - prefix.Length >= 2 && token.StartsWith(prefix, StringComparison.Ordinal))
            {
                variants.Add(token[prefix.Length..]);
            }
        }

        return variants;
    }

    private static ChatVocabulary Load()
    {
        using var stream = typeof(ChatVocabulary).Assembly.GetManifestResourceStream("PartnerHelp.Chat.vocabulary.tsv")
            ?? throw new InvalidOperationException("The chat vocabulary is not embedded.");
        using var reader = new StreamReader(stream);
        var cues = new List<VocabularyCue>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3 || !Enum.TryParse<ChatConcept>(columns[1], out var concept))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Bad vocabulary line: {line}"));
            }

            foreach (var phrase in columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var folded = ChatText.Fold(phrase);
                var words = ChatText.Tokens(folded);
                var unspaced = ChatText.IsUnspaced(folded);
                cues.Add(new VocabularyCue(columns[0], concept, words, string.Concat(words), unspaced));
            }
        }

        cues.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        return new ChatVocabulary(cues);
    }
}
