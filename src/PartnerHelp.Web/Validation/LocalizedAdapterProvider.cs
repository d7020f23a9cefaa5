using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace PartnerHelp.Web.Validation;

/// <summary>
/// The framework's adapters, plus <see cref="LocalizedAttributeAdapter"/> for our own checks: without an adapter the
/// framework would show an attribute's raw <see cref="ValidationAttribute.ErrorMessage"/>, the resource key.
/// </summary>
public sealed class LocalizedAdapterProvider : IValidationAttributeAdapterProvider
{
    private readonly ValidationAttributeAdapterProvider _framework = new();

    /// <inheritdoc />
    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer) =>
        attribute is LocalizedValidationAttribute ours ? new LocalizedAttributeAdapter(ours, stringLocalizer) : _framework.GetAttributeAdapter(attribute, stringLocalizer);
}
