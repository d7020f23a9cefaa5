namespace PartnerHelp.Core.Chat;

/// <summary>
/// Guesses the site culture of a message: the script first (Japanese, Arabic, Vietnamese letters are
/// unmistakable), then letters typical of one language, then which language's words occur most.
/// </summary>
internal static class LanguageDetector
{
    private const string VietnameseLetters = "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

    public static string? Detect(string text, IReadOnlyDictionary<string, int> wordHits)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (language, hits) in wordHits)
        {
            scores[language] = hits;
        }

        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff')
            {
                return "ja";
            }

            if (c is >= '\u0600' and <= '\u06ff')
            {
                return "ar";
            }

            if (VietnameseLetters.Contains(c, StringComparison.Ordinal))
            {
                return "vi";
            }

            switch (c)
            {
                case 'å': Add(scores, "sv", 3); break;
                case 'ä' or 'ö': Add(scores, "sv", 1); Add(scores, "de", 1); break;
                case 'ü' or 'ß': Add(scores, "de", 3); break;
                case 'ñ' or '¿' or '¡': Add(scores, "es", 3); break;
                case 'ã' or 'õ': Add(scores, "pt-BR", 3); break;
                case 'ç': Add(scores, "fr", 1); Add(scores, "pt-BR", 1); break;
                case 'è' or 'ù' or 'î' or 'ï' or 'œ': Add(scores, "fr", 2); break;
                case 'é' or 'à': Add(scores, "fr", 1); break;
                case 'á' or 'í' or 'ó' or 'ú': Add(scores, "es", 0.5); Add(scores, "pt-BR", 0.5); break;
                case 'ê' or 'ô': Add(scores, "pt-BR", 1); Add(scores, "fr", 0.5); break;
                default: break;
            }
        }

        var ranked = scores.OrderByDescending(s => s.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value <= 0 || (ranked.Count > 1 && ranked[1].Value == ranked[0].Value))
        {
            return null;
        }

        return ranked[0].Key;
    }

    private static void Add(Dictionary<string, double> scores, string language, double points) =>
        scores[language] = scores.GetValueOrDefault(language) + points;
}
