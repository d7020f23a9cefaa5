using System.Globalization;
using System.Text;
using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

/// <summary>Counts right answers overall, per language and per topic, and prints the misses.</summary>
internal sealed class AccuracyReport
{
    private readonly Dictionary<string, (int Right, int All)> _groups = new(StringComparer.Ordinal);
    private readonly List<string> _misses = [];

    public int Right { get; private set; }

    public int All { get; private set; }

    public double Accuracy => All == 0 ? 0 : (double)Right / All;

    public void Add(Utterance row, ChatTopic actual)
    {
        var right = actual == row.Topic;
        All++;
        Right += right ? 1 : 0;
        foreach (var group in new[] { "lang " + row.Language, "topic " + row.Topic })
        {
            var (r, a) = _groups.GetValueOrDefault(group);
            _groups[group] = (r + (right ? 1 : 0), a + 1);
        }

        if (!right)
        {
            _misses.Add($"  MISS [{row.Language}] {row.Topic} -> {actual}: {row.Text}");
        }
    }

    public double Of(string group) => _groups.TryGetValue(group, out var g) ? (double)g.Right / g.All : 1;

    public IEnumerable<string> Groups => _groups.Keys.Order(StringComparer.Ordinal);

    public override string ToString()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"overall {Right}/{All} = {Accuracy:P1}\n"));
        foreach (var group in Groups)
        {
            var (r, a) = _groups[group];
            text.Append(CultureInfo.InvariantCulture, $"  {group}: {r}/{a} = {(double)r / a:P1}\n");
        }

        return text.AppendJoin('\n', _misses).ToString();
    }
}
