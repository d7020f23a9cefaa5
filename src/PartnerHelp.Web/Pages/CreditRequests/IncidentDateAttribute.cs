using System.Globalization;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.CreditRequests;

/// <summary>A date as the date input sends it (<c>yyyy-MM-dd</c>), in 2000 or later.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IncidentDateAttribute : LocalizedValidationAttribute
{
    /// <summary>The day <paramref name="value"/> names, or null when it is not a valid one.</summary>
    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 2000 ? day : null;

    /// <inheritdoc />
    public override bool IsValid(object? value) => Parse(value as string) is not null;
}
