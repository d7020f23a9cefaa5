using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Money amounts as people write them: "$1,765", "1.765,00 €", "48 000 SEK", "475 USD", "USD 475", "1765 dollars".
/// A number counts only next to a currency, so "30 days" or "CT-1002" are no amounts.
/// </summary>
public static partial class ChatAmounts
{
    /// <summary>The amounts in a message (currency as an ISO code when written, else null), in order.</summary>
    /// <param name="normalized">The text as <see cref="ResourceIds.Normalize"/> gives it.</param>
    public static IReadOnlyList<(decimal Amount, string? Currency)> Find(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var found = new List<(int, decimal, string?)>();
        foreach (Match m in BeforePattern().Matches(normalized))
        {
            if (Parse(m.Groups[2].Value) is { } amount)
            {
                found.Add((m.Index, amount, Currency(m.Groups[1].Value)));
            }
        }

        foreach (Match m in AfterPattern().Matches(normalized))
        {
            if (Parse(m.Groups[1].Value) is { } amount && !found.Any(f => f.Item1 <= m.Index + m.Length && f.Item1 >= m.Index - 8))
            {
                found.Add((m.Index, amount, Currency(m.Groups[2].Value)));
            }
        }

        return found.OrderBy(f => f.Item1).Select(f => (f.Item2, f.Item3)).ToList();
    }

    /// <summary>Whether <paramref name="rest"/>, the text right after a number, begins with a currency ("475 dollar": an amount).</summary>
    public static bool StartsWithCurrency(ReadOnlySpan<char> rest) => CurrencyAfterPattern().IsMatch(rest);

    /// <summary>"1,765.00", "1.765,00", "48 000", "475" as a number; the last separator followed by one or two digits is the decimal one.</summary>
    public static decimal? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.Trim();
        var last = digits.LastIndexOfAny([',', '.']);
        var fraction = string.Empty;
        if (last >= 0 && digits.Length - last - 1 is 1 or 2)
        {
            fraction = digits[(last + 1)..];
            digits = digits[..last];
        }

        var whole = new string(digits.Where(char.IsAsciiDigit).ToArray());
        return whole.Length is > 0 and <= 12
            ? decimal.Parse(fraction.Length > 0 ? $"{whole}.{fraction}" : whole, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : null;
    }

    private static string? Currency(string written)
    {
        var w = written.Trim().ToLowerInvariant();
        return w switch
        {
            "$" or "us$" or "usd" or "dollar" or "dollars" or "đô" or "ドル" or "دولار" or "dolares" or "dólares" or "dollari" => "USD",
            "€" or "eur" or "euro" or "euros" or "ユーロ" or "يورو" => "EUR",
            "sek" or "kr" or "kr." or "kronor" or "kronen" or "couronnes" or "coronas" or "coroas" or "クローナ" or "كرونة" => "SEK",
            _ => null,
        };
    }

    private const string Number = @"[0-9]{1,3}(?:[ ,.\u00a0\u202f'][0-9]{3})+(?:[.,][0-9]{1,2})?|[0-9]+(?:[.,][0-9]{1,2})?";

    [GeneratedRegex(@"(US\$|\$|€|\b(?:USD|EUR|SEK|kr)\.?)\s?(" + Number + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BeforePattern();

    // A currency written after the number ("475 USD", "475 dollar", "475 $").
    private const string CurrencyAfter = @"\s?(USD|EUR|SEK|kr\.?|kronor|kronen|couronnes|coronas|coroas|€|\$|dollars?|d[oó]lares|euros?|đô|ドル|ユーロ|クローナ|دولار|يورو|كرونة)(?![A-Za-z])";

    [GeneratedRegex(@"(?<![0-9A-Za-z\-])(" + Number + ")" + CurrencyAfter, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterPattern();

    [GeneratedRegex(@"\A" + CurrencyAfter, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyAfterPattern();
}
