namespace PartnerHelp.Core.Chat;

/// <summary>
/// A store order's item named by what it is rather than by its id or position: by a word of its product name as
/// partners write it in every language ("the Xbox controller on SO-5001", "el mando de Xbox", "SO-5001の予約注文（Surface
/// Laptop）") or, when the order has exactly one pre-order, by the word for a pre-order in one of the nine languages
/// ("die Vorbestellung in SO-5001", "förbeställningen"). Only an unambiguous description names an item.
/// </summary>
public static class StoreItemDescriptions
{
    // Folded (lower case, no diacritics): "précommande" is "precommande", "đặt trước" is "dat truoc".
    private static readonly string[] PreOrderWords =
    [
        "pre order", "preorder", "vorbestell", "precommande", "pre commande", "preventa", "pre venta", "reserva anticipada",
        "preorden", "pre pedido", "pedido anticipado", "pre venda", "prevenda", "pre compra", "forbestall", "forhandsbestall", "forhandsbokning",
        "dat truoc", "dat hang truoc", "予約", "طلب مسبق", "الطلب المسبق", "حجز مسبق", "الحجز المسبق",
    ];

    /// <summary>The one item of <paramref name="items"/> that <paramref name="text"/> describes, or null when none or several fit.</summary>
    /// <param name="text">The question as written.</param>
    /// <param name="items">The candidate items: id, product name and whether the item is a pre-order.</param>
    public static string? Find(string text, IReadOnlyList<(string Id, string ProductName, bool IsPreOrder)> items)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return null;
        }

        var folded = " " + ChatText.Fold(text) + " ";
        var named = items.Where(i => Words(i.ProductName).Any(w => Names(folded, w, items, i.Id))).Select(i => i.Id).Distinct().ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        if (named.Count > 1)
        {
            return null;
        }

        var preOrders = items.Where(i => i.IsPreOrder).ToList();
        return preOrders.Count == 1 && PreOrderWords.Any(w => folded.Contains(w, StringComparison.Ordinal)) ? preOrders[0].Id : null;
    }

    // What partners call a kind of product in their own language, for the English word of a product name (folded below;
    // a word that starts with one of these names it, so inflected forms count: "kontrollerna", "manettes", "mandos").
    private static readonly Dictionary<string, string[]> KindWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["controller"] =
        [
            "manette", "mando", "kontroller", "handkontroll", "controle", "tay cam", "コントローラ", "وحدة تحكم", "وحدات تحكم",
            "يد تحكم", "ذراع تحكم", "ذراعي تحكم",
        ],
        ["laptop"] =
        [
            "ordinateur portable", "pc portable", "portatil", "notebook", "barbar dator", "barbara dator", "may tinh xach tay",
            "ノートパソコン", "ノートpc", "لابتوب", "حاسوب محمول", "كمبيوتر محمول",
        ],
        ["keyboard"] = ["clavier", "teclado", "tangentbord", "tastatur", "ban phim", "キーボード", "لوحة مفاتيح", "لوحة المفاتيح"],
        ["headset"] = ["casque", "auricular", "tai nghe", "ヘッドセット", "سماعة"],
    }.ToDictionary(k => k.Key, k => k.Value.Select(ChatText.Fold).ToArray(), StringComparer.Ordinal);

    // A product-name word names an item when it, or what partners call that kind of product in their language, stands as
    // a word ("xbox", "xbox-controller" folds to "xbox controller", "las manettes") and no other candidate's name carries
    // it ("Surface Laptop" and "Surface Pro" share "surface", which then names neither). A name word of five letters or
    // more names it in the plural too ("and the controllers?"); a shorter one ("pro") would name "problem".
    private static bool Names(string folded, string word, IReadOnlyList<(string Id, string ProductName, bool IsPreOrder)> items, string id) =>
        (ChatPhrases.Stands(folded, word) || (word.Length >= MinInflectedWord && StartsAWord(folded, word))
            || (KindWords.TryGetValue(word, out var kinds) && kinds.Any(k => StartsAWord(folded, k))))
        && !items.Any(o => o.Id != id && Words(o.ProductName).Contains(word));

    // See Names.
    private const int MinInflectedWord = 5;

    // Whether a word of the folded text starts with the phrase (any ending after it: plurals, articles, cases).
    private static bool StartsAWord(string folded, string phrase)
    {
        for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(folded[at - 1]) || !char.IsAscii(phrase[0]))
            {
                return true;
            }
        }

        return false;
    }

    // Words of four letters or more: "7" or "Pro" alone name too little.
    private static IEnumerable<string> Words(string productName) =>
        ChatText.Tokens(ChatText.Fold(productName)).Where(w => w.Length >= 4 && w.Any(char.IsLetter));
}
