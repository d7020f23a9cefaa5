using System.Text;
using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>
/// Finds resource ids as people write them: any case, with a hyphen, underscore, space or nothing between
/// letters and digits ("CT-1002", "ct1002", "ct 1002", "NW SUB 1001", "so-5001/2"), full-width forms too, and a
/// store order's item by its number in the nine languages ("item 2 of SO-5001", <see cref="StoreItems"/>).
/// Most specific first, and a span taken by one id is not read again ("SO-5001-2" is not also "SO-5001").
/// </summary>
public static partial class ResourceIds
{
    // Words that often stand before a number and are not id prefixes ("in 2024", "de 2026", "nov 2025",
    // "USD 1765", "đơn 1002"): a loose "letters space digits" match with these letters is no id.
    private static readonly HashSet<string> NotPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "am", "um", "an", "by", "of", "to", "the", "and", "for", "fur", "von", "vom", "bis", "ab", "im",
        "zum", "de", "le", "la", "el", "en", "du", "da", "do", "des", "del", "dem", "den", "der", "die", "das", "les",
        "los", "las", "une", "uma", "ett", "och", "pa", "sen", "va", "cua", "ngay", "nam", "tu", "don", "so", "nr", "no",
        "nro", "num", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "okt",
        "mai", "dez", "fev", "abr", "ago", "set", "out", "dic", "ene", "avr", "juin", "juil", "aout", "maj", "usd", "eur",
        "sek", "kr", "us", "day", "dia", "dag", "tag", "jour", "ano", "year", "ar", "ord", "id", "ref", "is", "was", "ist",
        "est", "es", "e", "et", "y", "o", "till", "var",
        // Prepositions and "about" before a year or a count ("para 2027", "rund 200 Tage"), and a purchase order's own
        // number in a finance e-mail ("PO-44120"), which is the customer's reference, never a Partner Center id.
        "para", "por", "pour", "per", "rund", "etwa", "ca", "cirka", "runt", "about", "po",
    };

    // Units of time after a number ("200 days"): see CountsTime.
    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years",
        "tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren",
        "dia", "dias", "día", "días", "semana", "semanas", "mes", "meses", "mês", "ano", "anos", "año", "años",
        "jour", "jours", "semaine", "semaines", "mois", "an", "ans",
        "dag", "dagar", "dagen", "vecka", "veckor", "månad", "månader", "år", "året",
        "ngày", "ngay", "tuần", "tuan", "tháng", "thang", "năm", "nam",
    };

    /// <summary>The text in the form the indexes of <see cref="Find"/> refer to (compatibility-normalised, Arabic-Indic digits as ASCII, dashes as hyphens).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC);
        if (!normalized.Any(c => c is >= '\u0660' and <= '\u0669' or >= '\u06f0' and <= '\u06f9' or >= '\u2010' and <= '\u2015' or '\u2212'))
        {
            return normalized;
        }

        return string.Create(normalized.Length, normalized, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06f0' and <= '\u06f9' => (char)('0' + (c - '\u06f0')),
                    >= '\u2010' and <= '\u2015' or '\u2212' => '-', // typographic dashes ("CT–1002") as the hyphen they stand for
                    _ => c,
                };
            }
        });
    }

    /// <summary>Every id in <paramref name="text"/>, in order of appearance.</summary>
    public static IReadOnlyList<ResourceMention> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var normalized = Normalize(text);
        var taken = new bool[normalized.Length];
        var found = new List<ResourceMention>();
        Take(ReservationPattern(), normalized, taken, found, m => new(NamedResourceKind.Reservation, m.Value.ToLowerInvariant()));
        Take(CreditRequestPattern(), normalized, taken, found, m => new(NamedResourceKind.CreditRequest, $"CR-{m.Groups[1].Value}-{m.Groups[2].Value.ToUpperInvariant()}"));
        Take(SubscriptionPattern(), normalized, taken, found, m => new(NamedResourceKind.CspSubscription, $"{m.Groups[1].Value.ToUpperInvariant()}-SUB-{m.Groups[2].Value}"));
        Take(StoreItemPattern(), normalized, taken, found, m => new(NamedResourceKind.StoreOrderItem, $"SO-{m.Groups[1].Value}-{m.Groups[2].Value}"));
        foreach (var itemOf in StoreItems.Patterns)
        {
            Take(itemOf, normalized, taken, found, StoreItems.Resource);
        }

        Take(StoreOrderPattern(), normalized, taken, found, m => new(NamedResourceKind.StoreOrder, $"SO-{m.Groups[1].Value}"));
        Take(IncidentPattern(), normalized, taken, found, m => new(NamedResourceKind.Incident, $"INC-{m.Groups[1].Value}"));
        Take(OrderPattern(), normalized, taken, found, m => IsNotPrefix(m.Groups[1].Value) || IsQuantity(normalized, m) ? null : new(NamedResourceKind.MembershipOrder, $"{m.Groups[1].Value.ToUpperInvariant()}-{m.Groups[3].Value}"));
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>Numbers of 3 to 6 digits standing alone ("order 1002"), not part of an id, date or amount.</summary>
    public static IReadOnlyList<string> BareNumbers(string normalized, IReadOnlyList<ResourceMention> ids)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(ids);
        var numbers = new List<string>();
        foreach (Match match in BareNumberPattern().Matches(normalized))
        {
            if (!ids.Any(id => match.Index < id.Index + id.Length && id.Index < match.Index + match.Length))
            {
                numbers.Add(match.Groups[1].Value);
            }
        }

        return numbers;
    }

    // A word that is not an order prefix: a listed one, or a month ("juni 2026", "mars 2026" are dates, not orders).
    private static bool IsNotPrefix(string word) => NotPrefixes.Contains(word) || ChatMonthNames.Month(word.ToLowerInvariant()) is not null;

    // A number written apart from the word before it that goes on as a decimal, a percentage, a date or an amount is a
    // quantity, not an id: "var är mina 475,00 USD?", "bekomme ich 100 % zurück", "incidenten var 2026-10-28", "hela 475
    // dollar?" ("mina", "ich", "var", "hela" are words). Ids are written "CT-1002".
    private static bool IsQuantity(string text, Match match)
    {
        if (match.Groups[2].Value is "-" or "_")
        {
            return false;
        }

        var rest = text.AsSpan(match.Index + match.Length);
        return rest is ['%', ..] or [' ', '%', ..] or ['.' or ',' or '-' or '/', >= '0' and <= '9', ..] || CountsTime(rest)
            || ChatAmounts.StartsWithCurrency(rest);
    }

    // A number written apart from the word before it and followed by a unit of time counts days or months, not an order:
    // "the order from 200 days ago", "o pedido tem 200 dias", "mua cách 200 ngày".
    private static bool CountsTime(ReadOnlySpan<char> rest)
    {
        if (rest is not [' ', ..])
        {
            return false;
        }

        var word = rest[1..];
        var end = 0;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }

        return end > 0 && TimeUnits.Contains(word[..end].ToString().ToLowerInvariant());
    }

    private static void Take(Regex pattern, string text, bool[] taken, List<ResourceMention> found, Func<Match, NamedResource?> make)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (Array.IndexOf(taken, true, match.Index, match.Length) >= 0 || make(match) is not { } resource)
            {
                continue;
            }

            Array.Fill(taken, true, match.Index, match.Length);
            var loose = pattern == OrderPattern() && match.Groups[2].Value.Length > 0 && char.IsWhiteSpace(match.Groups[2].Value[0]);
            found.Add(new ResourceMention(resource, match.Index, match.Length, loose));
        }
    }

    // Around an id there must be no Latin letter or digit, so "CT-1002の" and "(ct 1002)" count.
    [GeneratedRegex(@"(?<![0-9A-Fa-f\-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f\-])", RegexOptions.CultureInvariant)]
    private static partial Regex ReservationPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])CR[ \-_]?([0-9]{8})[ \-_]?([A-HJ-NP-Za-hj-np-z2-9]{6})(?![A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditRequestPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])([A-Za-z]{2,4})[ \-_]?SUB[ \-_]?([0-9]{3,12})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])SO[ \-_]?([0-9]{3,12})[\-_/]([0-9]{1,3})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StoreItemPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])SO[ \-_]?([0-9]{3,12})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StoreOrderPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])INC[ \-_]?([0-9]{3,12})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IncidentPattern();

    // Nor an accented Latin letter before it: "März 2026" is no order "RZ-2026".
    [GeneratedRegex(@"(?<![A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF])([A-Za-z]{2,4})([\-_]| ?)([0-9]{3,12})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OrderPattern();

    [GeneratedRegex(@"(?<![0-9]|[0-9][.,/:\-])([0-9]{3,6})(?![0-9]|[.,/:\-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumberPattern();
}
