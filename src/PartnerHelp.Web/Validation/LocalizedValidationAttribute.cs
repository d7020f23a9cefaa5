using System.ComponentModel.DataAnnotations;

namespace PartnerHelp.Web.Validation;

/// <summary>
/// A check whose <see cref="ValidationAttribute.ErrorMessage"/> is a resource key, formatted with arguments the check
/// chooses (the field's label, a limit, what was entered) by <see cref="LocalizedAttributeAdapter"/> through the
/// data-annotation localizer of the form's <see cref="ValidationResourceAttribute"/>.
/// </summary>
public abstract class LocalizedValidationAttribute : ValidationAttribute
{
    /// <summary>
    /// The arguments of the message for the refused <paramref name="value"/> of the field called
    /// <paramref name="displayName"/>, in <paramref name="container"/> (the form).
    /// </summary>
    public virtual object[] MessageArguments(string displayName, object? value, object? container) => [displayName];
}
