using System.Text.RegularExpressions;

namespace PartnerHelp.Core.Chat;

/// <summary>A resource named by its id in a help-bot message, the id normalised as the site stores it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Id">Its id (upper case, or lower case for a reservation GUID).</param>
public sealed partial record NamedResource(NamedResourceKind Kind, string Id)
{
    /// <summary>
    /// The first resource id in <paramref name="text"/> (credit request, subscription, store item, store
    /// order, then reservation GUID, most specific first), and the text without it so the membership order
    /// pattern does not also read "SO-5001" or "SUB-1001" as an order; null and the text when none.
    /// </summary>
    public static (NamedResource? Resource, string Remainder) Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(System.Text.NormalizationForm.FormKC);
        foreach (var (pattern, kind) in new (Regex, NamedResourceKind)[]
        {
            (CreditRequestPattern(), NamedResourceKind.CreditRequest),
            (SubscriptionPattern(), NamedResourceKind.CspSubscription),
            (StoreItemPattern(), NamedResourceKind.StoreOrderItem),
            (StoreOrderPattern(), NamedResourceKind.StoreOrder),
            (ReservationPattern(), NamedResourceKind.Reservation),
        })
        {
            var match = pattern.Match(normalized);
            if (match.Success)
            {
                var id = kind == NamedResourceKind.Reservation ? match.Value.ToLowerInvariant() : match.Value.ToUpperInvariant();
                return (new NamedResource(kind, id), normalized.Remove(match.Index, match.Length).Insert(match.Index, " "));
            }
        }

        return (null, text);
    }

    // As for order numbers, the characters around an id must not be Latin letters or digits ("SO-5001-1の" counts).
    [GeneratedRegex(@"(?<![A-Za-z0-9])CR-[0-9]{8}-[A-HJ-NP-Za-hj-np-z2-9]{6}(?![A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditRequestPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9\-])[A-Za-z]{2,4}-SUB-[0-9]{3,12}(?![A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9\-])SO-[0-9]{3,12}-[0-9]{1,3}(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StoreItemPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9\-])SO-[0-9]{3,12}(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StoreOrderPattern();

    [GeneratedRegex(@"(?<![0-9A-Fa-f\-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f\-])", RegexOptions.CultureInvariant)]
    private static partial Regex ReservationPattern();
}
