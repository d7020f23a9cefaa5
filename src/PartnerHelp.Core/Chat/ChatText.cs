using System.Globalization;
using System.Text;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Folds text so that spelling variants meet: lower case, no diacritics (people often type without them),
/// unified Arabic letter forms, full-width forms narrowed, punctuation as spaces. Kana keep their voicing
/// marks because there they change the word.
/// </summary>
internal static class ChatText
{
    public static string Fold(string text)
    {
        var compatible = text.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(compatible.Length);
        var previousBase = '\0';
        foreach (var raw in compatible)
        {
            var c = char.ToLowerInvariant(raw);
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                if (previousBase >= '\u3000')
                {
                    builder.Append(c);
                }

                continue;
            }

            previousBase = c;
            switch (c)
            {
                case 'đ': builder.Append('d'); break;
                case 'ø': builder.Append('o'); break;
                case 'ß': builder.Append("ss"); break;
                case 'æ': builder.Append("ae"); break;
                case 'œ': builder.Append("oe"); break;
                case 'ı': builder.Append('i'); break;
                case 'أ' or 'إ' or 'آ' or 'ٱ': builder.Append('ا'); break;
                case 'ة': builder.Append('ه'); break;
                case 'ى': builder.Append('ي'); break;
                case 'ـ': break;
                case '\'' or '’' or '‘' or '`' or '´': builder.Append(' '); break;
                default:
                    builder.Append(char.IsLetterOrDigit(c) || c == '*' ? c : ' ');
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string[] Tokens(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether the text is written in a script without spaces between words (Japanese).</summary>
    public static bool IsUnspaced(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Restricted Damerau-Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var rows = new int[3, b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var current = i % 3;
            var previous = (i - 1) % 3;
            var beforePrevious = (i - 2 + 3) % 3;
            rows[current, 0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[previous, j] + 1, rows[current, j - 1] + 1), rows[previous, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[beforePrevious, j - 2] + 1);
                }

                rows[current, j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }
        }

        return rows[a.Length % 3, b.Length];
    }
}
