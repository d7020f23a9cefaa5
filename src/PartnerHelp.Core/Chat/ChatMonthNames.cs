using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Month names and abbreviations of the site's languages, folded (<see cref="ChatText.Fold"/>). Arabic writes months
/// in three series: the Egyptian/Gulf one (نوفمبر), the Levantine/Iraqi one (تشرين الثاني, شباط, آب) and the Maghrebi
/// one (نونبر, جوان); the two-word Levantine names are rewritten to one word before dates are read.
/// </summary>
internal static partial class ChatMonthNames
{
    private static readonly Dictionary<string, int> Months = Build();

    /// <summary>The month a (folded) word names, or null.</summary>
    public static int? Month(string word)
    {
        if (Months.TryGetValue(word, out var month))
        {
            return month;
        }

        // "novembre", "novemberr": a known name of four letters or more as the start of the word.
        return word.Length >= 5 ? Months.Where(m => m.Key.Length >= 4 && word.StartsWith(m.Key, StringComparison.Ordinal)).Select(m => (int?)m.Value).FirstOrDefault() : null;
    }

    /// <summary>
    /// <paramref name="folded"/> with the Levantine two-word month names ("تشرين الثاني") and the two-letter "آب"
    /// after a day written as their Egyptian single words, so that one day–month pattern reads every series.
    /// </summary>
    public static string UnifyArabic(string folded)
    {
        if (!folded.Any(c => c is >= '\u0600' and <= '\u06ff'))
        {
            return folded;
        }

        var unified = LevantinePairPattern().Replace(folded, m => (m.Groups[1].Value, m.Groups[3].Value is "اول" or "1") switch
        {
            ("تشرين", true) => "اكتوبر",
            ("تشرين", false) => "نوفمبر",
            (_, true) => "ديسمبر",
            _ => "يناير",
        });
        return AugustPattern().Replace(unified, "اغسطس");
    }

    private static Dictionary<string, int> Build()
    {
        // Month by month: English, German, French, Spanish, Portuguese, Swedish, then Arabic (Egyptian/Gulf,
        // Levantine single-word names, Maghrebi). Vietnamese and Japanese write months as numbers.
        string[] names =
        [
            "january jan januar janner janvier janv enero ene janeiro januari يناير جانفي",
            "february feb februar fevrier fevr febrero fevereiro fev februari فبراير شباط فيفري",
            "march mar marz maerz mars marzo marco مارس اذار",
            "april apr avril avr abril abr ابريل نيسان افريل",
            "may mai mayo maio maj مايو ايار ماي",
            "june jun juni juin junio junho يونيو يونيه حزيران جوان",
            "july jul juli juillet juil julio julho يوليو يوليه تموز جويليه",
            "august aug aout agosto augusti اغسطس اوت غشت",
            "september sep sept septembre septiembre setiembre setembro set سبتمبر ايلول شتنبر",
            "october oct oktober okt octobre octubre outubro اكتوبر",
            "november nov novembre noviembre novembro نوفمبر نونبر",
            "december dec dezember dez decembre diciembre dic dezembro ديسمبر دجنبر",
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

    // "تشرين الثاني", "تشرين ثاني", "كانون الأول" (folded: alef unified), also "تشرين 2".
    [GeneratedRegex(@"(تشرين|كانون)\s+(ال)?(اول|ثاني|1|2)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex LevantinePairPattern();

    // "آب" (August) is two letters: read as a month only right after a day ("5 آب", "5 من آب").
    [GeneratedRegex(@"(?<=[0-9]\s+(?:من\s+)?)اب(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AugustPattern();
}
