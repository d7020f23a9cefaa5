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

    public void Add(EvaluationRow row, bool right, bool clarified, string why)
    {
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
        foreach (var (group, (right, all)) in _groups)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {group,-32} {right,4}/{all,-4} {(double)right / all:P1}\n");
        }

        return withMisses ? text.AppendJoin('\n', _misses).ToString() : text.ToString();
    }
}
