using System.Collections.Concurrent;
using System.Globalization;

namespace PartnerHelp.Web.Localization;

/// <summary>Dates, numbers and money written the way the current culture writes them.</summary>
public static class DisplayFormats
{
    // Building a format costs a specific culture and a RegionInfo from ICU (milliseconds on a page of 50
    // orders), so each (culture, currency) pair is built once. Both come from short fixed lists.
    private static readonly ConcurrentDictionary<(string Culture, string Currency), NumberFormatInfo> MoneyFormats = new();

    /// <summary>
    /// An amount in its own currency, in the current culture's number format: the local symbol when the
    /// culture's country uses that currency ($1,765.00 in en), the ISO code otherwise (1 765,00 USD in sv).
    /// </summary>
    public static string Money(decimal amount, string currency, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(currency);
        culture ??= CultureInfo.CurrentCulture;
        var format = MoneyFormats.GetOrAdd((culture.Name, currency), static key => MoneyFormat(key.Culture, key.Currency));
        return amount.ToString("C", format);
    }

    /// <summary>A calendar day in the culture's long date format.</summary>
    public static string Date(DateOnly day, CultureInfo? culture = null) =>
        day.ToString("D", culture ?? CultureInfo.CurrentCulture);

    /// <summary>The UTC calendar day of an instant, in the culture's long date format.</summary>
    public static string Date(DateTimeOffset instant, CultureInfo? culture = null) =>
        Date(DateOnly.FromDateTime(instant.UtcDateTime), culture);

    /// <summary>A number in the culture's format.</summary>
    public static string Number(int value, CultureInfo? culture = null) =>
        value.ToString("N0", culture ?? CultureInfo.CurrentCulture);

    private static NumberFormatInfo MoneyFormat(string cultureName, string currency)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var specific = culture.IsNeutralCulture ? CultureInfo.CreateSpecificCulture(culture.Name) : culture;
        var format = (NumberFormatInfo)specific.NumberFormat.Clone();
        if (!UsesCurrency(specific, currency))
        {
            format.CurrencySymbol = currency;
        }

        format.CurrencyDecimalDigits = 2;
        return NumberFormatInfo.ReadOnly(format);
    }

    private static bool UsesCurrency(CultureInfo specific, string currency)
    {
        try
        {
            return string.Equals(new RegionInfo(specific.Name).ISOCurrencySymbol, currency, StringComparison.OrdinalIgnoreCase);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
