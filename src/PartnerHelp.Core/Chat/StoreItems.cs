using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// A store order's item named by its position, as people write it in the nine languages: "item 2 of SO-5001",
/// "the second item of SO-5001", "SO-5001, item #2", "Artikel 2 von SO-5001", "mục số 2 của SO-5001",
/// "SO-5001の2番目の商品", "العنصر الثاني من SO-5001" — the item id <c>SO-5001-2</c>. Item word and order stay within
/// one sentence and a few words of each other, so an item number elsewhere in a message does not attach to the order.
/// </summary>
internal static partial class StoreItems
{
    private const string Item = @"(?:items?|products?|produkt(?:en)?|produit|produc?to|line|artikel[n]?|position|pos\.?|article|ligne|art[ií]culo|[ií]tem|producto|produto|artigo|rad(?:en)?|vara[n]?|m[uụ]c|s[aả]n\s+ph[aẩ]m|m[aặ]t\s+h[aà]ng|العنصر|عنصر|المنتج|منتج|البند|بند)";
    private const string Mark = @"(?:#|n[º°o]\.?|nr\.?|no\.?|number|nummer|num[eé]ro|n[uú]mero|s[oố]|رقم)";
    private const string Ordinal = @"(?:first|second|1st|2nd|erste[nrs]?|zweite[nrs]?|premi[eè]re?|deuxi[eè]me|seconde?|primer[oa]?|segund[oa]|f[oö]rsta|andra|th[uứ]\s+(?:nh[aấ]t|hai|[0-9])|الأول|الاول|الثاني)";
    private const string Gap = @"[^0-9\n.?!。？؟]";
    private const string Order = @"(?<![A-Za-z0-9])SO[ \-_]?(?<order>[0-9]{3,12})(?![0-9]|[\-_/][0-9])";

    /// <summary>The patterns, each with the groups <c>order</c> and the position as <c>n</c> (digits) or <c>o</c> (an ordinal word).</summary>
    public static IReadOnlyList<Regex> Patterns { get; } = [ItemBeforeOrder(), OrderBeforeItem(), JapaneseItem()];

    /// <summary>The item a match of one of <see cref="Patterns"/> names, or null when its position is not a number.</summary>
    public static NamedResource? Resource(Match match)
    {
        var position = match.Groups["n"].Success ? match.Groups["n"].Value : Position(match.Groups["o"].Value);
        return position is null || position.TrimStart('0').Length == 0
            ? null
            : new NamedResource(NamedResourceKind.StoreOrderItem, $"SO-{match.Groups["order"].Value}-{position.TrimStart('0')}");
    }

    // "thứ 2" carries its digit; the words are first or second (a demo store order has two items).
    private static string? Position(string ordinal)
    {
        var digit = ordinal.FirstOrDefault(char.IsAsciiDigit);
        if (digit != default)
        {
            return digit.ToString();
        }

        var word = ordinal.ToLowerInvariant();
        return word is "first" or "1st" or "premier" or "première" or "premiere" or "primer" or "primero" or "primera" or "första" or "forsta"
            or "الأول" or "الاول" || word.StartsWith("erste", StringComparison.Ordinal) || word.EndsWith("nhất", StringComparison.Ordinal) || word.EndsWith("nhat", StringComparison.Ordinal)
            ? "1"
            : "2";
    }

    [GeneratedRegex(@"(?:\b(?<o>" + Ordinal + @")\s+" + Item + @"|\b" + Item + @"\s*(?:" + Mark + @"\s*)?(?:(?<n>[0-9]{1,2})|(?<o>" + Ordinal + @")))(?![0-9])" + Gap + "{0,40}?" + Order, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ItemBeforeOrder();

    [GeneratedRegex(Order + Gap + @"{0,25}?(?:\b(?<o>" + Ordinal + @")\s+" + Item + @"|\b" + Item + @"\s*(?:" + Mark + @"\s*)?(?<n>[0-9]{1,2})(?![0-9]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrderBeforeItem();

    [GeneratedRegex(Order + @"\s*の\s*(?:(?:商品|アイテム|品目)\s*(?<n>[0-9]{1,2})|(?<n>[0-9]{1,2})\s*(?:番目|つ目|個目|点目))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JapaneseItem();
}
