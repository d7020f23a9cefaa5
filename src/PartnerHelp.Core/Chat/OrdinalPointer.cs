namespace PartnerHelp.Core.Chat;

/// <summary>
/// "The second one", "das zweite", "le deuxième", "cái thứ hai", "2番目", "الثاني": a short message that points at a
/// resource by its position and says nothing else, in the nine languages. After an answer about a store order it is
/// that order's item at the position; after one about another kind, the user's resource of that kind at the position.
/// "The other one" is <see cref="OtherOne"/>; Swedish "den andra" means both and is read there.
/// </summary>
public static class OrdinalPointer
{
    // Folded (ChatText.Fold). One word, or two for Vietnamese.
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["1st"] = 1, ["erste"] = 1, ["ersten"] = 1, ["erster"] = 1, ["erstes"] = 1, ["premier"] = 1,
        ["premiere"] = 1, ["primero"] = 1, ["primera"] = 1, ["primer"] = 1, ["primeiro"] = 1, ["primeira"] = 1,
        ["forsta"] = 1, ["dau tien"] = 1, ["thu nhat"] = 1, ["الاول"] = 1, ["الاولي"] = 1,
        ["second"] = 2, ["2nd"] = 2, ["zweite"] = 2, ["zweiten"] = 2, ["zweiter"] = 2, ["zweites"] = 2, ["deuxieme"] = 2,
        ["seconde"] = 2, ["segundo"] = 2, ["segunda"] = 2, ["thu hai"] = 2, ["thu 2"] = 2, ["الثاني"] = 2, ["الثانيه"] = 2,
        ["third"] = 3, ["3rd"] = 3, ["dritte"] = 3, ["dritten"] = 3, ["dritter"] = 3, ["drittes"] = 3, ["troisieme"] = 3,
        ["tercero"] = 3, ["tercera"] = 3, ["terceiro"] = 3, ["terceira"] = 3, ["tredje"] = 3, ["thu ba"] = 3, ["thu 3"] = 3,
        ["الثالث"] = 3, ["الثالثه"] = 3,
    };

    // What may stand around the ordinal in such a message: articles, "and", "one", "what about", "then", "please", and the
    // nouns of the resources themselves ("the second item", "das zweite Abo", "والاشتراك الثاني").
    private static readonly HashSet<string> Around = new(StringComparer.Ordinal)
    {
        "item", "items", "order", "subscription", "reservation", "line", "artikel", "position", "bestellung", "abo",
        "article", "ligne", "commande", "abonnement", "articulo", "pedido", "suscripcion", "reserva", "produto", "assinatura",
        "rad", "raden", "artikeln", "ordern", "prenumerationen", "abonnemanget", "mon", "don", "goi", "muc",
        "العنصر", "الطلب", "الاشتراك", "الحجز", "البند",
        "and", "the", "one", "what", "about", "how", "then", "please", "ok", "so",
        "und", "der", "die", "das", "den", "dem", "des", "was", "ist", "mit", "dann", "bitte",
        "et", "le", "la", "l", "alors", "puis", "du", "de",
        "y", "el", "lo", "que", "pues", "entonces",
        "e", "o", "a", "do", "da", "no", "na", "entao",
        "och", "det", "sa",
        "va", "con", "cai", "thi", "sao", "nhe", "nua", "ay", "do",
    };

    private static readonly (string Word, int Position)[] Japanese =
    [
        ("1番目", 1), ("一番目", 1), ("1つ目", 1), ("一つ目", 1),
        ("2番目", 2), ("二番目", 2), ("2つ目", 2), ("二つ目", 2),
        ("3番目", 3), ("三番目", 3), ("3つ目", 3), ("三つ目", 3),
    ];

    /// <summary>Messages longer than this are questions of their own, not a pointer.</summary>
    public const int MaxLength = 40;

    // Japanese says more in fewer letters: "2番目の手順は？" (the second step?) is a question of its own.
    private const int MaxJapaneseLength = 12;

    /// <summary>The position <paramref name="question"/> points at (1 for "the first one"), or null when it is not such a pointer.</summary>
    public static int? Position(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Length > MaxLength)
        {
            return null;
        }

        if (question.Length <= MaxJapaneseLength && Japanese.FirstOrDefault(j => question.Contains(j.Word, StringComparison.Ordinal)) is { Word: not null } japanese)
        {
            return japanese.Position;
        }

        var words = ChatText.Tokens(ChatText.Fold(question)).Select(w => w.Length > 3 && w[0] == 'و' ? w[1..] : w).ToArray();
        int? position = null;
        for (var i = 0; i < words.Length; i++)
        {
            var pair = i + 1 < words.Length ? words[i] + " " + words[i + 1] : null;
            if (pair is not null && Words.TryGetValue(pair, out var two))
            {
                if (position is not null)
                {
                    return null;
                }

                position = two;
                i++;
            }
            else if (Words.TryGetValue(words[i], out var one))
            {
                if (position is not null)
                {
                    return null;
                }

                position = one;
            }
            else if (!Around.Contains(words[i]))
            {
                return null;
            }
        }

        return position;
    }
}
