using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Dates written relative to today in the site's languages: "yesterday", "vorgestern", "la semaine dernière",
/// "hace 3 días", "för 2 veckor sedan", "3日前", "قبل 3 أيام", and a past weekday ("last Monday",
/// "lundi dernier", "i måndags", "thứ hai tuần trước", "先週の月曜日", "الاثنين الماضي"). An incident has happened, so
/// every form points back in time; a bare weekday ("on Monday") is left alone because it may mean the coming one.
/// </summary>
internal static partial class ChatRelativeDates
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = BuildWeekdays();

    /// <summary>The relative dates in a folded text (<see cref="ChatText.Fold"/>), with their positions.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="today">The day the message is read on.</param>
    /// <param name="language">The message's language when known: German "hier" means "here", not French "yesterday".</param>
    public static IEnumerable<(int Index, DateOnly Date)> Find(string folded, DateOnly today, string? language)
    {
        var found = new List<(int Index, DateOnly Date)>();
        var covered = new List<(int Start, int End)>();
        foreach (Match m in WeekdayPattern().Matches(folded))
        {
            if (Weekdays.TryGetValue(m.Groups["day"].Value, out var weekday))
            {
                found.Add((m.Index, LastWeekday(today, weekday, m.Groups["lastweek"].Success)));
                covered.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in FixedPattern().Matches(folded))
        {
            if (!Inside(covered, m) && !(language == "de" && m.Value == "hier"))
            {
                var back = m.Groups["two"].Success ? 2 : m.Groups["one"].Success ? 1 : m.Groups["week"].Success ? 7 : 0;
                found.Add((m.Index, m.Groups["month"].Success ? today.AddMonths(-1) : today.AddDays(-back)));
            }
        }

        foreach (Match m in AgoPattern().Matches(folded))
        {
            var count = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 1;
            if (count is > 0 and <= 400 && !Inside(covered, m))
            {
                found.Add((m.Index, today.AddDays(-count * (m.Groups["weeks"].Success ? 7 : 1))));
            }
        }

        return found;
    }

    private static bool Inside(List<(int Start, int End)> covered, Match m) => covered.Exists(c => m.Index >= c.Start && m.Index < c.End);

    // The most recent such day before today; "of last week" forms ("先週の", "tuần trước") also leave this week.
    private static DateOnly LastWeekday(DateOnly today, DayOfWeek weekday, bool ofLastWeek)
    {
        var date = today.AddDays(-1);
        while (date.DayOfWeek != weekday)
        {
            date = date.AddDays(-1);
        }

        var mondayOfThisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return ofLastWeek && date >= mondayOfThisWeek ? date.AddDays(-7) : date;
    }

    private static Dictionary<string, DayOfWeek> BuildWeekdays()
    {
        // Folded names, Monday first: en, de, fr, es, pt, sv (the "i måndags" form), vi (words and digits), ja, ar.
        string[] names =
        [
            "monday montag lundi lunes segunda mandags thu hai thu 2 月 الاثنين",
            "tuesday dienstag mardi martes terca tisdags thu ba thu 3 火 الثلاثاء",
            "wednesday mittwoch mercredi miercoles quarta onsdags thu tu thu 4 水 الاربعاء",
            "thursday donnerstag jeudi jueves quinta torsdags thu nam thu 5 木 الخميس",
            "friday freitag vendredi viernes sexta fredags thu sau thu 6 金 الجمعه",
            "saturday samstag samedi sabado lordags thu bay thu 7 土 السبت",
            "sunday sonntag dimanche domingo sondags chu nhat 日 الاحد",
        ];
        var days = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var words = names[i].Replace("thu ", "thu_", StringComparison.Ordinal).Replace("chu ", "chu_", StringComparison.Ordinal);
            foreach (var name in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                days.TryAdd(name.Replace('_', ' '), (DayOfWeek)((i + 1) % 7));
            }
        }

        return days;
    }

    // Longest forms first, so "avant hier" is not read as "hier" and "day before yesterday" not as "yesterday".
    // Japanese has no spaces between words: its forms stand without word boundaries.
    [GeneratedRegex(
        @"(?<!\p{L})(?:(?<two>(?:the\s+)?day\s+before\s+yesterday|vorgestern|i\s*forrgar|avant\s+hier|anteayer|antier|antes\s+de\s+ayer|anteontem|hom\s+kia|اول\s+(?:امس|امبارح|البارحه))"
        + @"|(?<one>yesterday|gestern|i\s*gar|hier|ayer|ontem|hom\s+qua|امس|امبارح|البارحه)"
        + @"|(?<week>last\s+week|letzte\s+woche|vergangene\s+woche|(?:la\s+)?semaine\s+derniere|(?:la\s+)?semana\s+pasada|(?:na\s+)?semana\s+passada|forra\s+veckan|tuan\s+truoc|tuan\s+roi|الاسبوع\s+الماضي)"
        + @"|(?<month>last\s+month|letzten\s+monat|(?:le\s+)?mois\s+dernier|(?:el\s+)?mes\s+pasado|(?:no\s+)?mes\s+passado|forra\s+manaden|thang\s+truoc|الشهر\s+الماضي)"
        + @"|(?<zero>today|heute|i\s*dag|aujourd\s+hui|hoy|hoje|hom\s+nay|اليوم))(?!\p{L})"
        + @"|(?<two>一昨日|おととい)|(?<one>昨日|きのう)|(?<week>先週)|(?<month>先月)|(?<zero>今日|本日)",
        RegexOptions.CultureInvariant)]
    private static partial Regex FixedPattern();

    [GeneratedRegex(
        @"(?<![0-9])(?<n>[0-9]{1,3})\s*(?:(?<weeks>週間)|日)\s*前"
        + @"|(?<![\p{L}0-9])(?:(?<n>[0-9]{1,3})\s*(?:(?<weeks>weeks?|wochen|semaines|semanas|veckor|tuan)|days?|tagen?|jours?|dias?|dagar|ngay)\s+(?:ago|atras|truoc|sedan)"
        + @"|(?:vor|il\s+y\s+a|hace|ha|faz|for|قبل|منذ)\s+(?:(?<n>[0-9]{1,3})\s+|(?:einer|une|una|uma|en|a)\s+)(?:(?<weeks>wochen?|semaines?|semanas?|veckor|vecka|اسابيع|اسبوع)|tagen?|jours?|dias?|dagar|dag|ايام|يوم|يوما)(?:\s+sedan)?"
        + @"|(?<weeks>a\s+week\s+ago|mot\s+tuan\s+truoc|قبل\s+اسبوع))(?![\p{L}0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgoPattern();

    [GeneratedRegex(
        @"(?:(?<lastweek>先週)|この前|前)の(?<day>[月火水木金土日])曜日?"
        + @"|(?<![\p{L}0-9])(?:(?:last|this\s+past|letzten|vergangenen|vorigen)\s+(?<day>\p{L}+)"
        + @"|(?:(?:le|el|la|na|no)\s+)?(?<day>\p{L}+)(?:\s+feira)?\s+(?:dernier|pasado|passada|passado)"
        + @"|i\s+(?<day>\p{L}+dags)"
        + @"|(?<day>thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s+(?:(?<lastweek>tuan\s+truoc)|vua\s+roi|vua\s+qua)"
        + @"|(?:يوم\s+)?(?<day>ال\p{L}+)\s+الماضي)(?![\p{L}0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();
}
