using System.Text;
using System.Text.RegularExpressions;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Bot.Evaluation;

/// <summary>
/// The retired evaluation sets folded into the training data (<c>src/PartnerHelp.Core/Chat/utterances.sets.tsv</c>,
/// written by <c>scripts/fold-sets.py</c>; docs/bot.md, "Training data"): the file holds exactly their rows, and no text of
/// a set still used as a measure reaches any training file.
/// </summary>
public sealed partial class FoldedSetsTests
{
    private static readonly string Folder = RepoPaths.BotEvaluationSets;
    private static readonly string Chat = RepoPaths.ChatTrainingData;

    [Fact]
    public void TheFoldedFile_HoldsExactlyTheRetiredSetsRows()
    {
        var (retired, folded) = ReadFolded();
        Assert.Contains("heldout-2", retired);
        Assert.Contains("probe-5", retired);

        // The script's rule, again: every row but those tagged mixed-language, those with a text of a measure set, those
        // with a text the bot's own table has (its label stands) and follow-ups under 40 characters, its text on one line
        // with the demo customers' names varied, each language/topic/text once.
        var unseen = MeasureTexts(retired);
        foreach (var line in File.ReadLines(Path.Combine(Chat, "utterances.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            unseen.TryAdd(Key(line.Split('\t')[2]), "utterances.tsv");
        }

        var expected = new List<(string Set, string Line)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in retired)
        {
            var rows = EvaluationRow.Load(Path.Combine(Folder, set + ".jsonl"))
                .Where(r => !r.Tags.Contains("mixed-language") && !unseen.ContainsKey(Key(r.Text)))
                .Where(r => r.History.Count == 0 || OneLine(r.Text).EnumerateRunes().Count() >= 40);
            foreach (var row in rows)
            {
                var text = OneLine(row.Text);
                var other = OtherCustomers[Encoding.UTF8.GetBytes(text).Sum(b => b) % OtherCustomers.Length];
                var line = $"{row.Lang}\t{row.Topic}\t{Customer().Replace(text, other.Replace("$", "$$", StringComparison.Ordinal))}";
                if (seen.Add(line))
                {
                    expected.Add((set, line));
                }
            }
        }

        Assert.True(expected.SequenceEqual(folded), "utterances.sets.tsv does not match the retired sets: run scripts/fold-sets.py, then scripts/train-bot.sh.");
    }

    [Fact]
    public void NoTextOfAMeasureSet_IsInTheTrainingData()
    {
        // Independent writers often type the same sentence ("Kan jag avbryta CT-1001?"): a measure is meant to be
        // questions the model has never seen, so no text of one may train, whoever wrote it (docs/bot.md, "Training data").
        var (retired, folded) = ReadFolded();
        var unseen = MeasureTexts(retired);
        Assert.Contains(unseen.Values, v => v.StartsWith("heldout-22 ", StringComparison.Ordinal));
        var leaked = File.ReadLines(Path.Combine(Chat, "utterances.tsv")).Where(l => l.Length > 0 && l[0] != '#')
            .Concat(folded.Select(f => f.Line))
            .Where(l => unseen.ContainsKey(Key(l.Split('\t')[2])))
            .Select(l => $"{l} (the text of {unseen[Key(l.Split('\t')[2])]})")
            .ToList();
        Assert.True(leaked.Count == 0, "Training rows with a text of a measure set (remove them; scripts/fold-sets.py lists them):\n" + string.Join('\n', leaked));
    }

    // The texts of the sets still used as measures (every held-out set not retired), each with the first row that has it.
    private static Dictionary<string, string> MeasureTexts(IReadOnlyList<string> retired)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Folder, "heldout*.jsonl").Order(StringComparer.Ordinal))
        {
            var set = Path.GetFileNameWithoutExtension(path);
            if (!retired.Contains(set))
            {
                foreach (var row in EvaluationRow.Load(path))
                {
                    texts.TryAdd(Key(row.Text), $"{set} {row.Id}");
                }
            }
        }

        return texts;
    }

    private static (IReadOnlyList<string> Retired, IReadOnlyList<(string Set, string Line)> Rows) ReadFolded()
    {
        var retired = new List<string>();
        var rows = new List<(string, string)>();
        string? set = null;
        foreach (var line in File.ReadLines(Path.Combine(Chat, "utterances.sets.tsv")))
        {
            if (Header().Match(line) is { Success: true } header)
            {
                set = header.Groups[1].Value;
                retired.Add(set);
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                rows.Add((set ?? throw new InvalidDataException("A row before the first set's header: " + line), line));
            }
        }

        return (retired, rows);
    }

    private static string OneLine(string text) => string.Join(' ', text.Replace('\t', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Key(string text) => OneLine(text).ToLowerInvariant();

    [GeneratedRegex(@"^# (\S+)\.jsonl: \d+ rows$")]
    private static partial Regex Header();

    [GeneratedRegex(@"(?<![a-z])(tailspins?(\s*toys)?|wide\s*world(\s*importers)?)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Customer();

    private static readonly string[] OtherCustomers =
        ["Litware", "Proseware", "Alpine Ski House", "Coho Winery", "Fourth Coffee", "Woodgrove Bank", "Lamna Healthcare", "Margie's Travel"];
}
