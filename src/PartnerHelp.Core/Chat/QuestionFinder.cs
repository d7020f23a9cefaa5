using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Splits a long message (a pasted e-mail, a rambling story) into sentences, so the recognizer can read the
/// question wherever it stands instead of the whole text. Short messages are one segment.
/// </summary>
internal static partial class QuestionFinder
{
    /// <summary>Messages up to this many characters are read whole.</summary>
    public const int ShortText = 400;

    /// <summary>Most sentences read from one message; beyond it, those with a question mark and the last ones.</summary>
    public const int MaxSegments = 48;

    /// <summary>Longest sentence read; longer ones are cut (a line without punctuation can be anything).</summary>
    public const int MaxSegmentLength = 600;

    /// <summary>The segments worth reading, in order of appearance.</summary>
    public static IReadOnlyList<string> Segments(string normalized)
    {
        if (normalized.Length <= ShortText)
        {
            return [normalized];
        }

        var sentences = SentenceBreak().Split(normalized)
            .Select(s => s.Trim())
            .Where(s => s.Count(char.IsLetter) >= 3 && !IsSalutation(s))
            .Select(s => s.Length > MaxSegmentLength ? s[..MaxSegmentLength] : s)
            .ToList();
        if (sentences.Count <= MaxSegments)
        {
            return sentences.Count > 0 ? sentences : [normalized[..ShortText]];
        }

        var asking = sentences.Where(IsAsked).Take(MaxSegments / 2).ToList();
        var last = sentences.Skip(sentences.Count - (MaxSegments - asking.Count)).ToList();
        return [.. asking.Where(s => !last.Contains(s)), .. last];
    }

    /// <summary>Whether the sentence ends with (or contains) a question mark of any script.</summary>
    public static bool IsAsked(string sentence) => sentence.AsSpan().IndexOfAny("?？؟") >= 0;

    // An e-mail's opening or closing line ("Dear support team,", "Kính gửi bộ phận hỗ trợ,", "Mit freundlichen Grüßen,")
    // names whom it is written to, not what it asks: "support" there made the salutation the question.
    private static bool IsSalutation(string line) =>
        line[^1] is ',' or '،' or '、' && !IsAsked(line) && line.Count(c => c == ' ') < 6;

    [GeneratedRegex(@"(?<=[.!?。！？؟])\s+|(?<=[。！？؟])|[\r\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
