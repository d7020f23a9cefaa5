using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>
/// A positive amount of at most 100,000,000 with at most two decimals, as written in the current culture (group
/// separators included, no-break spaces read as spaces). The message's argument is an example amount in the
/// <see cref="ExchangeInput.Currency"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PriceAttribute : LocalizedValidationAttribute
{
    private const decimal Example = 1234.50m;

    /// <summary>The amount <paramref name="text"/> stands for, or null when it is not a valid one.</summary>
    public static decimal? Parse(string? text)
    {
        var value = text?.Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ');
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.NumberGroupSeparator = format.NumberGroupSeparator.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        return !string.IsNullOrEmpty(value) && value.Length <= 32
            && decimal.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, format, out var amount)
            && amount > 0m && amount <= 100_000_000m && decimal.Round(amount, 2) == amount
            ? amount
            : null;
    }

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return Parse(value as string) is null ? new(ErrorMessage) : ValidationResult.Success;
    }

    /// <inheritdoc />
    public override object[] MessageArguments(string displayName, object? value, object? container) =>
        [DisplayFormats.Money(Example, (container as ExchangeInput)?.Currency ?? string.Empty)];
}
