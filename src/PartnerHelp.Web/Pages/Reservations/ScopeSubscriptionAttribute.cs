using System.ComponentModel.DataAnnotations;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.Reservations;

/// <summary>
/// The linked subscription of a <see cref="ScopeInput"/>: required, at most 64 ASCII letters, digits and hyphens, when
/// the scope is a single subscription; ignored for a shared scope.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ScopeSubscriptionAttribute : LocalizedValidationAttribute
{
    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var single = validationContext.ObjectInstance is ScopeInput { Scope: nameof(ReservationScope.SingleSubscription) };
        var id = (value as string)?.Trim();
        return !single || (id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            ? ValidationResult.Success
            : new ValidationResult(ErrorMessage);
    }
}
