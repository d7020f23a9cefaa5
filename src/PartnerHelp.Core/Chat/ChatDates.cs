using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Calendar dates as people write them in the site's nine languages: "26 November", "Nov 26th", "26th of November",
/// "26. November 2026", "am 26.11.", "le 26 novembre", "26 de noviembre", "ngày 26 tháng 11", "2026年11月26日",
/// "26 نوفمبر", "26 تشرين الثاني", "26/11", "26-11-2026", "2026-11-26", full-width and Arabic-Indic digits, and
/// relative forms (<see cref="ChatRelativeDates"/>: "yesterday", "last week", "3 days ago", "last Monday"). A date
/// without a year is the last one on or before today (an incident has happened). Numbers are day/month, except
/// month/day in English when valid. Dates written out come before relative ones: they say more.
/// </summary>
public static partial class ChatDates
{
    /// <summary>The dates in a message, in order of appearance.</summary>
    /// <param name="normalized">The text as <see cref="ResourceIds.Normalize"/> gives it.</param>
    /// <param name="today">Today (UTC), for dates without a year and relative words.</param>
    /// <param name="monthFirst">Read "5/6" as month/day (English) rather than day/month.</param>
    /// <param name="language">The message's language when known (see <see cref="ChatRelativeDates.Find"/>).</param>
    public static IReadOnlyList<DateOnly> Find(string normalized, DateOnly today, bool monthFirst, string? language = null)
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

        foreach (Match m in DashedPattern().Matches(normalized))
        {
            Add(found, m.Index, Year(Int(m.Groups[3])), Int(m.Groups[2]), Int(m.Groups[1]), today);
        }

        var folded = ChatMonthNames.UnifyArabic(ChatText.Fold(normalized));
        foreach (Match m in DayMonthPattern().Matches(folded))
        {
            if (ChatMonthNames.Month(m.Groups[2].Value) is { } month)
            {
                Add(found, m.Index, m.Groups[3].Success ? Year(Int(m.Groups[3])) : null, month, Int(m.Groups[1]), today);
            }
        }

        foreach (Match m in MonthDayPattern().Matches(folded))
        {
            if (ChatMonthNames.Month(m.Groups[1].Value) is { } month)
            {
                Add(found, m.Index, m.Groups[3].Success ? Year(Int(m.Groups[3])) : null, month, Int(m.Groups[2]), today);
            }
        }

        foreach (Match m in VietnamesePattern().Matches(folded))
        {
            Add(found, m.Index, m.Groups[3].Success ? Year(Int(m.Groups[3])) : null, Int(m.Groups[2]), Int(m.Groups[1]), today);
        }

        var relative = ChatRelativeDates.Find(folded, today, language).OrderBy(f => f.Index);
        return found.OrderBy(f => f.Index).Concat(relative).Select(f => f.Date).Distinct().ToList();
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

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Year(int year) => year < 100 ? 2000 + year : year;

    [GeneratedRegex(@"(?<![0-9])(20[0-9]{2})[\-/.]([01]?[0-9])[\-/.]([0-3]?[0-9])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<![0-9.,/\-])([0-3]?[0-9])[/.]([0-3]?[0-9])(?:[/.]((?:20)?[0-9]{2}))?(?![0-9]|[.,][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    // "26-11-2026": with dashes only when the year is written, so that "10-12 days" stays a range.
    [GeneratedRegex(@"(?<![0-9\-])([0-3]?[0-9])-([01]?[0-9])-(20[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DashedPattern();

    [GeneratedRegex(@"(?:(20[0-9]{2})\s*年\s*)?([01]?[0-9])\s*月\s*([0-3]?[0-9])\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex JapanesePattern();

    [GeneratedRegex(@"(?<![0-9])([0-3]?[0-9])(?:st|nd|rd|th|er|e|o|a|º)?\s+(?:de\s+|of\s+|the\s+|من\s+)?(\p{L}{3,12})(?:\s+(?:de\s+|del\s+)?((?:20)?[0-9]{2}))?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(@"(?<!\p{L})(\p{L}{3,12})\s+(?:the\s+)?([0-3]?[0-9])(?:st|nd|rd|th)?(?:\s+((?:20)?[0-9]{2}))?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"(?:ngay\s+)?([0-3]?[0-9])\s+thang\s+([01]?[0-9])(?:\s+nam\s+((?:20)?[0-9]{2}))?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex VietnamesePattern();
}
