namespace PartnerHelp.Core.Chat;

/// <summary>
/// Names looked for in a message as partners write them: a customer ("Tailspin Toys"), a plan ("Business Premium"), a
/// service ("Exchange"), each folded as the recognizer folds text (lower case, no diacritics, punctuation as spaces) and
/// found only where it stands alone.
/// </summary>
public static class ChatPhrases
{
    /// <summary>The text folded and single-spaced: what <see cref="Stands"/> looks in and looks for.</summary>
    public static string Fold(string text) => string.Join(' ', ChatText.Tokens(ChatText.Fold(text)));

    /// <summary>
    /// Whether the folded <paramref name="phrase"/> stands alone in <paramref name="folded"/>: no Latin letter or digit
    /// touches it (Japanese writes "exchangeの障害", "xboxのコントローラー" without spaces). An empty phrase names nothing.
    /// </summary>
    public static bool Stands(string folded, string phrase)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !Latin(folded[at - 1])) && (end >= folded.Length || !Latin(folded[end])))
            {
                return true;
            }
        }

        return false;
    }

    // A letter of a Latin alphabet (folding leaves a few beyond ASCII, as "ð", "ł") or a digit.
    private static bool Latin(char c) => char.IsAsciiLetterOrDigit(c) || (c is >= '\u00c0' and < '\u0250' && char.IsLetter(c));
}
