using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Calendar dates as people write them in the site's nine languages: "26 November", "November 26th",
/// "26. November 2026", "le 26 novembre", "26 de noviembre", "ngày 26 tháng 11", "11月26日", "26 نوفمبر",
/// "26/11", "26.11.2026", "2026-11-26", "today", "yesterday". A date without a year is the last one on or
/// before today (an incident has happened). Numbers are day/month, except month/day in English when valid.
/// </summary>
public static partial class ChatDates
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The dates in a message, in order of appearance.</summary>
    /// <param name="normalized">The text as <see cref="ResourceIds.Normalize"/> gives it.</param>
    /// <param name="today">Today (UTC), for dates without a year and relative words.</param>
    /// <param name="monthFirst">Read "5/6" as month/day (English) rather than day/month.</param>
    public static IReadOnlyList<DateOnly> Find(string normalized, DateOnly today, bool monthFirst)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var found = new List<(int Index, DateOnly Date)>();
        foreach (Match m in IsoPattern().Matches(normalized))
        {
            Add(found, m.Index, Int(m.Groups[1]), Int(m.Groups[2]), Int(m.Groups[3]), today);
        }

        foreach (Match m in NumericPattern().Matches(normalized))
        {
            int a = Int(m.Groups[1]), b = Int(m.Groups[2]);
            int? year = m.Groups[3].Success ? Year(Int(m.Groups[3])) : null;
            var (day, month) = monthFirst && a <= 12 && b <= 31 ? (b, a) : a <= 31 && b <= 12 ? (a, b) : (b, a);
            Add(found, m.Index, year, month, day, today);
        }

        foreach (Match m in JapanesePattern().Matches(normalized))
        {
            Add(found, m.Index, m.Groups[1].Success ? Int(m.Groups[1]) : null, Int(m.Groups[2]), Int(m.Groups[3]), today);
        }

        var folded = ChatText.Fold(normalized);
        foreach (Match m in DayMonthPattern().Matches(folded))
        {
            if (Month(m.Groups[2].Value) is { } month)
            {
                Add(found, m.Index, m.Groups[3].Success ? Year(Int(m.Groups[3])) : null, month, Int(m.Groups[1]), today);
            }
        }

        foreach (Match m in MonthDayPattern().Matches(folded))
        {
            if (Month(m.Groups[1].Value) is { } month)
            {
                Add(found, m.Index, m.Groups[3].Success ? Year(Int(m.Groups[3])) : null, month, Int(m.Groups[2]), today);
            }
        }

        foreach (Match m in VietnamesePattern().Matches(folded))
        {
            Add(found, m.Index, m.Groups[3].Success ? Year(Int(m.Groups[3])) : null, Int(m.Groups[2]), Int(m.Groups[1]), today);
        }

        foreach (Match m in RelativePattern().Matches(folded))
        {
            found.Add((m.Index, m.Groups[1].Success ? today : today.AddDays(-1)));
        }

        return found.OrderBy(f => f.Index).Select(f => f.Date).Distinct().ToList();
    }

    private static void Add(List<(int, DateOnly)> found, int index, int? year, int month, int day, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return;
        }

        var y = year ?? today.Year;
        if (y is < 2000 or > 2100 || day > DateTime.DaysInMonth(y, month))
        {
            return;
        }

        var date = new DateOnly(y, month, day);
        if (year is null && date > today)
        {
            if (day > DateTime.DaysInMonth(y - 1, month))
            {
                return;
            }

            date = new DateOnly(y - 1, month, day);
        }

        found.Add((index, date));
    }

    private static int? Month(string word)
    {
        if (Months.TryGetValue(word, out var month))
        {
            return month;
        }

        // "novembre", "novemberr": a known name of four letters or more as the start of the word.
        return word.Length >= 5 ? Months.Where(m => m.Key.Length >= 4 && word.StartsWith(m.Key, StringComparison.Ordinal)).Select(m => (int?)m.Value).FirstOrDefault() : null;
    }

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Year(int year) => year < 100 ? 2000 + year : year;

    private static Dictionary<string, int> BuildMonths()
    {
        // Folded (lower case, no diacritics, Arabic alef unified) names and abbreviations, month by month.
        string[] names =
        [
            "january jan januar janvier janv enero ene janeiro januari يناير",
            "february feb februar fevrier fevr febrero fevereiro fev februari فبراير",
            "march mar marz maerz mars marzo marco مارس",
            "april apr avril avr abril abr ابريل",
            "may mai mayo maio maj مايو",
            "june jun juni juin junio junho يونيو",
            "july jul juli juillet juil julio julho يوليو",
            "august aug aout agosto augusti اغسطس",
            "september sep sept septembre septiembre setiembre setembro سبتمبر",
            "october oct oktober okt octobre octubre outubro اكتوبر",
            "november nov novembre noviembre novembro نوفمبر",
            "december dec dezember dez decembre diciembre dic dezembro ديسمبر",
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                months.TryAdd(ChatText.Fold(name).Trim(), i + 1);
            }
        }

        return months;
    }

    [GeneratedRegex(@"(?<![0-9])(20[0-9]{2})[\-/.]([01]?[0-9])[\-/.]([0-3]?[0-9])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<![0-9.,/\-])([0-3]?[0-9])[/.]([0-3]?[0-9])(?:[/.]((?:20)?[0-9]{2}))?(?![0-9]|[.,][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"(?:(20[0-9]{2})\s*年\s*)?([01]?[0-9])\s*月\s*([0-3]?[0-9])\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex JapanesePattern();

    [GeneratedRegex(@"(?<![0-9])([0-3]?[0-9])(?:st|nd|rd|th|er|e|o|a|º)?\s+(?:de\s+|of\s+|the\s+)?(\p{L}{3,12})(?:\s+(?:de\s+|del\s+)?((?:20)?[0-9]{2}))?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(@"(?<!\p{L})(\p{L}{3,12})\s+(?:the\s+)?([0-3]?[0-9])(?:st|nd|rd|th)?(?:\s+((?:20)?[0-9]{2}))?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"(?:ngay\s+)?([0-3]?[0-9])\s+thang\s+([01]?[0-9])(?:\s+nam\s+((?:20)?[0-9]{2}))?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex VietnamesePattern();

    [GeneratedRegex(@"(?<!\p{L})(?:(today|heute|idag|aujourd hui|hoy|hoje|hom nay|今日|本日|اليوم)|(yesterday|gestern|igar|hier|ayer|ontem|hom qua|昨日|امس))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex RelativePattern();
}
