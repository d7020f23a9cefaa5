using System.Globalization;
using System.Text;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// The bot's training utterances (<c>Chat/utterances.tsv</c> beside the model, read by the trainer and the tests, not
/// shipped): <c>language TAB topic TAB text</c>,
/// written for the bot in all nine site languages. Ids, dates and amounts are written as people write them; the
/// features replace them by their kind, so one sentence teaches every id of that kind.
/// </summary>
public static class UtteranceSet
{
    /// <summary>The site cultures, in the order the language model numbers them.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "vi", "sv", "de", "fr", "es", "ja", "pt-BR", "ar"];

    /// <summary>
    /// The utterances in <paramref name="folder"/> (the repository's <c>src/PartnerHelp.Core/Chat</c>): those written for
    /// the bot (<c>utterances.tsv</c>), then the rows of the retired evaluation sets (<c>utterances.sets.tsv</c>, generated
    /// by <c>scripts/fold-sets.py</c>). The site never reads them: it loads the model trained on them.
    /// </summary>
    public static IReadOnlyList<Utterance> Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var rows = new List<Utterance>();
        Read(Path.Combine(folder, "utterances.tsv"), rows);
        Read(Path.Combine(folder, "utterances.sets.tsv"), rows);
        return rows;
    }

    private static void Read(string path, List<Utterance> rows)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3 || !Languages.Contains(columns[0]) || !Enum.TryParse<ChatTopic>(columns[1], out var topic))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Bad utterance line: {line}"));
            }

            rows.Add(new Utterance(columns[0], topic, columns[2]));
        }
    }

    /// <summary>
    /// A copy of <paramref name="text"/> with typing slips in some longer Latin words (a letter dropped,
    /// doubled, swapped with its neighbour or replaced), drawn from <paramref name="random"/>: people type
    /// fast, and the model should not depend on one exact spelling.
    /// </summary>
    public static string WithTypos(string text, Random random)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(random);
        var words = text.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word.Length < 5 || !word.All(c => c < '\u0250' && char.IsLetter(c)) || random.NextDouble() > 0.35)
            {
                continue;
            }

            var i = random.Next(1, word.Length - 1);
            words[w] = random.Next(4) switch
            {
                0 => word.Remove(i, 1),
                1 => word.Insert(i, word[i].ToString()),
                2 => string.Concat(word.AsSpan(0, i - 1), word[i].ToString(), word[i - 1].ToString(), word.AsSpan(i + 1)),
                _ => string.Concat(word.AsSpan(0, i), ((char)('a' + random.Next(26))).ToString(), word.AsSpan(i + 1)),
            };
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// A copy of <paramref name="text"/> with one or two words replaced by English product terms, as partners mix them into
    /// their own language; the language of the sentence is still its grammar's.
    /// </summary>
    public static string WithEnglishTerm(string text, Random random)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(random);
        string[] terms = ["cancel", "refund", "order", "subscription", "ticket", "button", "invoice", "credit", "reservation", "support", "admin", "store"];
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 4 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count < 2)
        {
            return text + " " + terms[random.Next(terms.Length)];
        }

        for (var swaps = random.Next(1, 3); swaps > 0; swaps--)
        {
            words[candidates[random.Next(candidates.Count)]] = terms[random.Next(terms.Length)];
        }

        return string.Join(' ', words);
    }

    /// <summary><paramref name="text"/> without diacritics, as people type on a keyboard without them.</summary>
    public static string WithoutDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark || c > '\u036f')
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
