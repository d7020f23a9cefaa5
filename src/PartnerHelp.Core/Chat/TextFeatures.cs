using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Turns a message into hashed features. Topic features come from the folded text (no case, no diacritics,
/// ids and numbers replaced by kind tokens): words, word pairs and character 2–4-grams across word
/// boundaries, plus single characters of Japanese, so they work across scripts, typos and missing
/// diacritics without a word list. Language features keep the diacritics: character 1–3-grams and words.
/// </summary>
internal static partial class TextFeatures
{
    /// <summary>The folded, masked form the topic model reads.</summary>
    public static string TopicText(string normalized, IReadOnlyList<ResourceMention> ids)
    {
        var masked = normalized;
        for (var i = ids.Count - 1; i >= 0; i--)
        {
            var id = ids[i];
            masked = $"{masked[..id.Index]} {Token(id.Resource.Kind)} {masked[(id.Index + id.Length)..]}";
        }

        return DigitsPattern().Replace(ChatText.Fold(masked), " qqn ");
    }

    /// <summary>Features of a topic text (<see cref="TopicText"/>).</summary>
    public static SparseVector Topic(string topicText, int bits)
    {
        var hashes = new List<int>(topicText.Length * 4);
        var tokens = ChatText.Tokens(topicText);
        for (var i = 0; i < tokens.Length; i++)
        {
            hashes.Add(Hash(1, tokens[i]));
            if (i > 0)
            {
                hashes.Add(Combine(Hash(2, tokens[i - 1]), tokens[i]));
            }
        }

        var padded = " " + string.Join(' ', tokens) + " ";
        AddCharGrams(hashes, padded, 2, 4, 3, cjkSingles: true);
        return Vector(hashes, bits);
    }

    /// <summary>Topic features of a normalised text (<see cref="ResourceIds.Normalize"/>): its ids masked by kind, then <see cref="Topic"/>.</summary>
    public static SparseVector TopicOf(string normalized, int bits) => Topic(TopicText(normalized, ResourceIds.Find(normalized)), bits);

    /// <summary><paramref name="normalized"/> without its ids: an id says nothing about the language around it.</summary>
    public static string Unnamed(string normalized)
    {
        var ids = ResourceIds.Find(normalized);
        var text = normalized;
        for (var i = ids.Count - 1; i >= 0; i--)
        {
            text = string.Concat(text.AsSpan(0, ids[i].Index), " ", text.AsSpan(ids[i].Index + ids[i].Length));
        }

        return text;
    }

    /// <summary>Features for language identification: the lower-cased text with its diacritics, ids and digits removed.</summary>
    public static SparseVector Language(string normalized, int bits)
    {
        var lowered = DigitsPattern().Replace(normalized.ToLowerInvariant(), " ");
        var hashes = new List<int>(lowered.Length * 3);
        var words = lowered.Split((char[])[' ', '\t', '\n', '\r', ',', '.', '?', '!', '？', '。', '、', '؟', '،', ':', ';', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            hashes.Add(Hash(11, word));
        }

        AddCharGrams(hashes, " " + string.Join(' ', words) + " ", 1, 3, 12, cjkSingles: false);
        return Vector(hashes, bits);
    }

    private static string Token(NamedResourceKind kind) => kind switch
    {
        NamedResourceKind.MembershipOrder => "qqord",
        NamedResourceKind.CspSubscription => "qqsub",
        NamedResourceKind.StoreOrder or NamedResourceKind.StoreOrderItem => "qqstore",
        NamedResourceKind.Reservation => "qqres",
        NamedResourceKind.Incident => "qqinc",
        _ => "qqcr",
    };

    private static void AddCharGrams(List<int> hashes, string text, int min, int max, int seed, bool cjkSingles)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (cjkSingles && text[start] >= '\u3000')
            {
                hashes.Add(Hash(seed + 10, text.AsSpan(start, 1)));
            }

            for (var n = min; n <= max && start + n <= text.Length; n++)
            {
                hashes.Add(Hash(seed + n, text.AsSpan(start, n)));
            }
        }
    }

    private static SparseVector Vector(List<int> hashes, int bits)
    {
        var mask = (1 << bits) - 1;
        for (var i = 0; i < hashes.Count; i++)
        {
            hashes[i] &= mask;
        }

        hashes.Sort();
        var indexes = new List<int>(hashes.Count);
        var values = new List<float>(hashes.Count);
        for (var i = 0; i < hashes.Count; i++)
        {
            if (indexes.Count > 0 && indexes[^1] == hashes[i])
            {
                values[^1] += 1f;
            }
            else
            {
                indexes.Add(hashes[i]);
                values.Add(1f);
            }
        }

        var norm = MathF.Sqrt(values.Sum(v => v * v));
        var scaled = values.Select(v => norm > 0 ? v / norm : 0f).ToArray();
        return new SparseVector([.. indexes], scaled);
    }

    // FNV-1a over UTF-16 code units, seeded per feature family so a word and a character gram never share a hash.
    private static int Hash(int seed, ReadOnlySpan<char> text)
    {
        var hash = 2166136261u ^ (uint)(seed * 16777619);
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }

    private static int Combine(int first, ReadOnlySpan<char> text)
    {
        var hash = (uint)first * 16777619u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }

    [GeneratedRegex(@"[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsPattern();
}
