using System.Globalization;
using System.Text;

namespace PartnerHelp.Web.Tests.Bot.Evaluation;

/// <summary>Right answers overall, per language, per topic and per tag; misses listed only when asked for.</summary>
public sealed class EvaluationReport
{
    private readonly SortedDictionary<string, (int Right, int All)> _groups = new(StringComparer.Ordinal);
    private readonly List<string> _misses = [];

    public int Right { get; private set; }

    public int All { get; private set; }

    public int Clarified { get; private set; }

    public double Accuracy => All == 0 ? 0 : (double)Right / All;

    /// <summary>Misses by what was wrong (topic, resource, language, unknown-id answer): a figure, not the rows.</summary>
    public SortedDictionary<string, int> MissKinds { get; } = new(StringComparer.Ordinal);

    public void Add(EvaluationRow row, bool right, bool clarified, string why, IEnumerable<string> wrong)
    {
        foreach (var kind in wrong)
        {
            MissKinds[kind] = MissKinds.GetValueOrDefault(kind) + 1;
        }

        All++;
        Right += right ? 1 : 0;
        Clarified += clarified ? 1 : 0;
        foreach (var group in new[] { "lang " + row.Lang, "topic " + row.Topic }.Concat(row.Tags.Select(t => "tag " + t)))
        {
            var (r, a) = _groups.GetValueOrDefault(group);
            _groups[group] = (r + (right ? 1 : 0), a + 1);
        }

        if (!right)
        {
            _misses.Add($"  MISS {row.Id}: {why}");
        }
    }

    /// <summary>Accuracy of every group of one kind ("lang", "topic", "tag").</summary>
    public IEnumerable<(string Group, double Accuracy, int All)> Groups(string kind) =>
        _groups.Where(g => g.Key.StartsWith(kind + " ", StringComparison.Ordinal)).Select(g => (g.Key, (double)g.Value.Right / g.Value.All, g.Value.All));

    public string Render(bool withMisses)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"overall {Right}/{All} = {Accuracy:P1} (clarifying questions: {Clarified})\n"));
        var worst = _groups.Where(g => g.Key.StartsWith("lang ", StringComparison.Ordinal) || g.Key.StartsWith("topic ", StringComparison.Ordinal))
            .Select(g => (double)g.Value.Right / g.Value.All).DefaultIfEmpty(0).Min();
        text.Append(CultureInfo.InvariantCulture, $"  budget (>= 95% overall, >= 90% every language and topic): {(Accuracy >= 0.95 && worst >= 0.90 ? "PASS" : "MISS")} (lowest language/topic {worst:P1})\n");
        text.Append("  misses by what was wrong: ").AppendJoin(", ", MissKinds.Select(k => $"{k.Key} {k.Value}")).Append('\n');
        foreach (var (group, (right, all)) in _groups)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {group,-32} {right,4}/{all,-4} {(double)right / all:P1}\n");
        }

        return withMisses ? text.AppendJoin('\n', _misses).ToString() : text.ToString();
    }
}
