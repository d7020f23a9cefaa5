namespace PartnerHelp.Core.Chat;

/// <summary>
/// How many letters of a text belong to scripts (or letters) that only one site language writes: Japanese (kana and
/// kanji, hiragana apart), Arabic, and the letters of Vietnamese no other site language has; and of the two Iberian
/// languages, what only Spanish (ñ, ¿, ¡) or only Portuguese (ã, õ, ç, â, ê, ô) writes of them. The language reading
/// (<see cref="ChatRecognizer.DetectLanguage"/>) lets them decide where the model alone could not.
/// </summary>
internal readonly record struct ScriptLetters(int Letters, int Japanese, int Kana, int Arabic, int Vietnamese, int SpanishOnly, int PortugueseOnly)
{
    /// <summary>Counts the letters of <paramref name="text"/>.</summary>
    public static ScriptLetters Count(string text)
    {
        int letters = 0, japanese = 0, kana = 0, arabic = 0, vietnamese = 0, spanish = 0, portuguese = 0;
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            spanish += lower is '\u00f1' or '\u00bf' or '\u00a1' ? 1 : 0;
            portuguese += lower is '\u00e3' or '\u00f5' or '\u00e7' or '\u00e2' or '\u00ea' or '\u00f4' ? 1 : 0;
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            kana += c is >= '\u3040' and <= '\u309f' ? 1 : 0;
            japanese += c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' ? 1 : 0;
            arabic += c is >= '\u0600' and <= '\u06ff' ? 1 : 0;
            vietnamese += IsVietnameseOnly(c) ? 1 : 0;
        }

        return new(letters, japanese, kana, arabic, vietnamese, spanish, portuguese);
    }

    // Letters of Vietnamese and of no other site language: ă, đ, ơ, ư, ĩ, ũ and the block of tone-marked vowels (ạ, ả, ế, ợ…).
    // â, ê, ô, ã, õ and the plain acute and grave vowels are French, Portuguese or Spanish too.
    private static bool IsVietnameseOnly(char c) =>
        char.ToLowerInvariant(c) is '\u0103' or '\u0111' or '\u01a1' or '\u01b0' or '\u0129' or '\u0169' or (>= '\u1ea0' and <= '\u1ef9');
}
