namespace PartnerHelp.Core.Chat;

/// <summary>One phrase of the vocabulary: its language, the concept it signals and its folded words.</summary>
internal sealed record VocabularyCue(string Language, ChatConcept Concept, string[] Words, string Compact, bool Unspaced)
{
    /// <summary>Longer phrases are tried first so they can claim their words before the single words inside them.</summary>
    public int Weight => Unspaced ? Compact.Length : (Words.Length * 100) + Compact.Length;

    /// <summary>Whether one of the variants of a token is <paramref name="word"/>, allowing small typos when <paramref name="fuzzy"/>.</summary>
    public static bool WordMatches(string word, IReadOnlyList<string> variants, bool fuzzy)
    {
        var prefix = word.EndsWith('*');
        var stem = prefix ? word[..^1] : word;
        foreach (var token in variants)
        {
            if (prefix ? token.StartsWith(stem, StringComparison.Ordinal) : token == stem)
            {
                return true;
            }

            // Typos are forgiven in Latin script only: in Arabic one letter often separates unrelated words.
            if (!fuzzy || stem.Length < 5 || token[0] > '\u024f')
            {
                continue;
            }

            var limit = stem.Length >= 9 ? 2 : 1;
            if (!prefix)
            {
                if (ChatText.Distance(token, stem, limit) <= limit)
                {
                    return true;
                }

                continue;
            }

            for (var length = stem.Length - 1; length <= stem.Length + 1; length++)
            {
                if (length <= token.Length && ChatText.Distance(token.AsSpan(0, length), stem, 1) <= 1)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
