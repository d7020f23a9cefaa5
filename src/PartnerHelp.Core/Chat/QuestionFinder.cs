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

    /// <summary>
    /// The parts of a long message that quote someone else: a passage of 80 characters or more in quotation marks of any
    /// of the nine languages, a forwarded block between two rule lines ("-------- Message transféré --------" …
    /// "-----"), and lines starting with "&gt;". A forwarded e-mail's questions are the colleague's; the sender's own
    /// question ("can you give me the refund criteria?") is what the answer is for. A single rule line closes nothing:
    /// the forwarded message below it may be the sender's own thread, its last reply the question.
    /// </summary>
    public static IReadOnlyList<string> QuotedParts(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length <= ShortText)
        {
            return [];
        }

        var parts = QuotedPassage().Matches(normalized).Select(m => m.Value).ToList();
        var blocks = RuleLine().Split(normalized);
        for (var i = 1; i + 1 < blocks.Length; i += 2)
        {
            parts.Add(blocks[i]);
        }

        parts.AddRange(ReplyLine().Matches(normalized).Select(m => m.Value));
        return parts;
    }

    /// <summary>Whether the sentence ends with (or contains) a question mark of any script.</summary>
    public static bool IsAsked(string sentence) => sentence.AsSpan().IndexOfAny("?？؟") >= 0;

    // An e-mail's opening or closing line ("Dear support team,", "Kính gửi bộ phận hỗ trợ,", "Mit freundlichen Grüßen,")
    // names whom it is written to, not what it asks: "support" there made the salutation the question.
    // A line ending in a colon ("I'm forwarding our accountant's e-mail:", "Ma question :") introduces what follows.
    private static bool IsSalutation(string line) =>
        (line[^1] is ',' or '،' or '、' && line.Count(c => c == ' ') < 6 || line[^1] is ':' or '：') && !IsAsked(line);

    // Straight quotes open and close alike, so two short quotes ("up to 30 days" … "Cancel") would pair across the text
    // between them: a passage in straight quotes must fill its lines, from a line's start to a line's end.
    [GeneratedRegex(@"«[^«»]{80,}»|“[^“”]{80,}”|„[^„“”]{80,}[“”]|^[ \t]*""[^""]{80,}""[ \t]*$|「[^「」]{80,}」|『[^『』]{80,}』", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex QuotedPassage();

    // A line of five or more dashes, underscores or equals signs, with or without words in it, opens or closes a forwarded block.
    [GeneratedRegex(@"^[ \t]*[-_=]{5,}[^\n]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^[ \t]*>[^\n]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ReplyLine();

    [GeneratedRegex(@"(?<=[.!?。！？؟])\s+|(?<=[。！？؟])|[\r\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
