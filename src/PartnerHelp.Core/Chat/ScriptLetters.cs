namespace PartnerHelp.Core.Chat;

/// <summary>
/// How many letters of a text belong to scripts (or letters) that only one site language writes: Japanese (kana and
/// kanji, hiragana apart), Arabic, and the letters of Vietnamese no other site language has. The language reading
/// (<see cref="ChatRecognizer.DetectLanguage"/>) lets them decide where the model alone could not.
/// </summary>
internal readonly record struct ScriptLetters(int Letters, int Japanese, int Kana, int Arabic, int Vietnamese)
{
    /// <summary>Counts the letters of <paramref name="text"/>.</summary>
    public static ScriptLetters Count(string text)
    {
        int letters = 0, japanese = 0, kana = 0, arabic = 0, vietnamese = 0;
        foreach (var c in text)
        {
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

        return new(letters, japanese, kana, arabic, vietnamese);
    }

    // Letters of Vietnamese and of no other site language: ă, đ, ơ, ư, ĩ, ũ and the block of tone-marked vowels (ạ, ả, ế, ợ…).
    // â, ê, ô, ã, õ and the plain acute and grave vowels are French, Portuguese or Spanish too.
    private static bool IsVietnameseOnly(char c) =>
        char.ToLowerInvariant(c) is '\u0103' or '\u0111' or '\u01a1' or '\u01b0' or '\u0129' or '\u0169' or (>= '\u1ea0' and <= '\u1ef9');
}
